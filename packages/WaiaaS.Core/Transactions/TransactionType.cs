namespace WaiaaS.Core.Transactions;

/// <summary>What a transaction request asks for (SPEC §9). Sent as <c>TRANSFER</c>, <c>TOKEN_TRANSFER</c>, <c>CONTRACT_CALL</c>, <c>APPROVE</c>.</summary>
public enum TransactionType
{
    /// <summary>Move the chain's native coin.</summary>
    Transfer,

    /// <summary>Move a fungible token (ERC-20, SPL Token, Token-2022).</summary>
    TokenTransfer,

    /// <summary>Call a contract (EVM calldata) or a program (Solana instruction).</summary>
    ContractCall,

    /// <summary>Allow a spender to move the wallet's tokens (ERC-20 approve, SPL approve).</summary>
    Approve,
}
