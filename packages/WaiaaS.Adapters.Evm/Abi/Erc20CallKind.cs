namespace WaiaaS.Adapters.Evm.Abi;

/// <summary>The ERC-20 state-changing calls recognised in calldata.</summary>
public enum Erc20CallKind
{
    /// <summary><c>transfer(address to, uint256 amount)</c>.</summary>
    Transfer,

    /// <summary><c>approve(address spender, uint256 amount)</c>.</summary>
    Approve,

    /// <summary><c>transferFrom(address from, address to, uint256 amount)</c>.</summary>
    TransferFrom,
}
