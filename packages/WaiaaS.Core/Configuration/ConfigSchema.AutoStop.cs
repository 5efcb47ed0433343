namespace WaiaaS.Core.Configuration;

public static partial class ConfigSchema
{
    private static ConfigSection AutoStopSection()
    {
        const string s = "autostop";
        return new(s, "AutoStop: rules that suspend a wallet (reason AUTO_STOP:<rule>) and notify the owner. For each rule 0 turns it off.",
        [
            Bool(s, "enabled", "Run the AutoStop rules.",
                c => c.AutoStop.Enabled, (c, v) => c with { AutoStop = c.AutoStop with { Enabled = v } }),
            Int(s, "consecutive_failures", 0, 1000, "Suspend a wallet after this many settled transactions in a row failed.",
                c => c.AutoStop.ConsecutiveFailures, (c, v) => c with { AutoStop = c.AutoStop with { ConsecutiveFailures = (int)v } }),
            Int(s, "max_transactions_per_window", 0, 1_000_000, "Suspend a wallet that gets more transaction requests than this within window_seconds (unusual activity).",
                c => c.AutoStop.MaxTransactionsPerWindow, (c, v) => c with { AutoStop = c.AutoStop with { MaxTransactionsPerWindow = (int)v } }),
            Int(s, "window_seconds", 1, Day, "Length in seconds of the unusual-activity window.",
                c => c.AutoStop.WindowSeconds, (c, v) => c with { AutoStop = c.AutoStop with { WindowSeconds = (int)v } }),
            Int(s, "idle_timeout", 0, 365 * Day, "Suspend a wallet that has live sessions but no activity for this many seconds.",
                c => c.AutoStop.IdleTimeoutSeconds, (c, v) => c with { AutoStop = c.AutoStop with { IdleTimeoutSeconds = v } }),
        ]);
    }
}
