namespace WaiaaS.Core.Tests.Toml;

/// <summary>Runs work on its own thread with a time limit, so a hang fails a test instead of stalling the run.</summary>
internal static class BoundedRun
{
    public static readonly TimeSpan DefaultLimit = TimeSpan.FromSeconds(2);

    /// <summary>Returns the outcome, or TimedOut when the work did not finish within the limit.</summary>
    public static BoundedOutcome<T> Run<T>(Func<T> work, TimeSpan limit)
    {
        T? result = default;
        Exception? failure = null;

        // Default stack size on purpose: deep nesting must be stopped by the parser's own limit.
        var thread = new Thread(
            () =>
            {
                try
                {
                    result = work();
                }
                catch (Exception exception)
                {
                    failure = exception;
                }
            })
        {
            IsBackground = true,
        };
        thread.Start();
        return thread.Join(limit) ? new BoundedOutcome<T>(false, result, failure) : new BoundedOutcome<T>(true, default, null);
    }
}
