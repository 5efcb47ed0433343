namespace WaiaaS.Adapters.Evm.Transactions;

/// <summary>The transaction envelope.</summary>
public enum EvmTransactionType
{
    /// <summary>Legacy RLP transaction, signed with EIP-155 replay protection when a chain id is set.</summary>
    Legacy = 0,

    /// <summary>EIP-1559 dynamic-fee transaction (type 2, <c>0x02 ‖ rlp(...)</c>).</summary>
    Eip1559 = 2,
}
