using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Policies;
using WaiaaS.Daemon.Storage;

namespace WaiaaS.Daemon.Transactions;

/// <summary>A request resolved against its wallet and network: what policies judge and where it goes.</summary>
/// <param name="Wallet">The signing wallet.</param>
/// <param name="Endpoint">The network and its RPC URL.</param>
/// <param name="Intent">The normalized request.</param>
/// <param name="Command">The parsed request.</param>
internal sealed record ResolvedRequest(WalletEntity Wallet, ChainEndpoint Endpoint, TransactionIntent Intent, SendCommand Command);
