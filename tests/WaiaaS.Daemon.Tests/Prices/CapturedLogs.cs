using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace WaiaaS.Daemon.Tests.Prices;

/// <summary>Keeps every log line (all categories, all levels) with its category for assertions.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    public ConcurrentQueue<(string Category, LogLevel Level, string Message)> Entries { get; } = new();

    public string AllText => string.Join("\n", Entries.Select(e => $"{e.Category} {e.Level} {e.Message}"));

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturedLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            // Structured state too (header lists, URIs), so a secret in any logged value is caught.
            var structured = state is IEnumerable<KeyValuePair<string, object?>> pairs ? string.Join(" ", pairs.Select(p => $"{p.Key}={p.Value}")) : "";
            owner.Entries.Enqueue((category, logLevel, formatter(state, exception) + " " + structured + " " + exception));
        }
    }
}
