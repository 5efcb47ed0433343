using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WaiaaS.Mcp.Tests.Sessions.Support;

/// <summary>Keeps every formatted log line (to check what is logged, and that no token ever is).</summary>
internal sealed class ListLogger<T> : ILogger<T>
{
    public ConcurrentQueue<string> Lines { get; } = new();

    public string All => string.Join("\n", Lines);

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
        Lines.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
}
