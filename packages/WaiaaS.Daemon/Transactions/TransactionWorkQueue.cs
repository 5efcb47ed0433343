using System.Threading.Channels;

namespace WaiaaS.Daemon.Transactions;

/// <summary>Ids of transactions ready to execute (PENDING, due DELAY, approved APPROVAL), consumed by <see cref="TransactionExecutor"/>.</summary>
internal sealed class TransactionWorkQueue
{
    private readonly Channel<string> _ready = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = false });

    /// <summary>Hands a transaction to the executor.</summary>
    public void Enqueue(string transactionId) => _ready.Writer.TryWrite(transactionId);

    /// <summary>The ids as they arrive.</summary>
    public ChannelReader<string> Reader => _ready.Reader;
}
