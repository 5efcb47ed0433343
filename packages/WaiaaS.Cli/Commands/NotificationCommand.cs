using System.CommandLine;
using System.Text;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.DataDirectory;
using WaiaaS.Core.FileSystem;
using WaiaaS.Core.Toml;

namespace WaiaaS.Cli.Commands;

/// <summary>
/// <c>waiaas notification setup|test</c> (docs/notifications.md). <c>setup</c> prints the <c>[notifications]</c> block
/// and the environment-variable alternative for one channel; with <c>--write</c> it appends the block to config.toml
/// when the file has no <c>[notifications]</c> table yet (there is no comment-preserving TOML editor, so an existing
/// table is never rewritten). <c>test</c> sends a test message through every configured channel.
/// </summary>
internal static class NotificationCommand
{
    private static readonly string[] Channels = ["telegram", "discord", "slack", "ntfy"];

    public static Command Create(CliContext context)
    {
        var command = new Command("notification", "Set up owner notifications (Telegram, Discord, Slack, ntfy) and send a test message.");
        command.Add(SetupSubcommand(context));
        command.Add(TestSubcommand(context));
        return command;
    }

    private static Command SetupSubcommand(CliContext context)
    {
        var channel = new Option<string>("--channel") { Description = "The channel: telegram, discord, slack or ntfy (it becomes the first in channel_order)", Required = true };
        channel.AcceptOnlyFromAmong(Channels);
        var chatId = new Option<string?>("--chat-id") { Description = "telegram: the chat that receives notifications" };
        var webhook = new Option<string?>("--webhook-url") { Description = "discord/slack: the webhook URL (a secret: prefer the environment variable)" };
        var ntfyUrl = new Option<string?>("--ntfy-url") { Description = "ntfy: the server (default https://ntfy.sh)" };
        var topic = new Option<string?>("--topic") { Description = "ntfy: the topic (a secret: anyone who knows it reads the messages)" };
        var write = new Option<bool>("--write") { Description = "Append the block to config.toml (only when it has no [notifications] table yet)" };
        var command = new Command("setup", "Print (or, with --write, append) the [notifications] settings for a channel, and the environment-variable alternative.")
        {
            channel, chatId, webhook, ntfyUrl, topic, write,
        };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(channel)!;
            var keys = new List<(string Key, TomlValue Value)>
            {
                ("enabled", new TomlBoolean(true)),
                ("channel_order", Order(name)),
            };
            var missing = name switch
            {
                "telegram" => Add(keys, "telegram_chat_id", parse.GetValue(chatId), "--chat-id"),
                "discord" => Add(keys, "discord_webhook_url", parse.GetValue(webhook), "--webhook-url"),
                "slack" => Add(keys, "slack_webhook_url", parse.GetValue(webhook), "--webhook-url"),
                _ => Add(keys, "ntfy_topic", parse.GetValue(topic), "--topic") ?? Add(keys, "ntfy_url", parse.GetValue(ntfyUrl) ?? "https://ntfy.sh", "--ntfy-url"),
            };
            if (missing is not null)
            {
                context.Error.WriteLine($"error: {name} needs {missing}.");
                return ExitCodes.Usage;
            }

            var block = Block(keys);
            if (parse.GetValue(write))
            {
                return Write(context, parse.GetValue(CommonOptions.DataDir), keys);
            }

            context.Output.Write(block);
            context.Error.WriteLine("Add this block to config.toml, or set the environment variables instead:");
            foreach (var (key, value) in keys)
            {
                context.Error.WriteLine($"  WAIAAS_NOTIFICATIONS_{key.ToUpperInvariant()}={EnvironmentValue(value)}");
            }

            if (name == "telegram")
            {
                context.Error.WriteLine("Telegram also needs the bot token: [telegram] bot_token, or WAIAAS_TELEGRAM_BOT_TOKEN.");
            }

            context.Error.WriteLine("Restart the daemon, then check with: waiaas notification test");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command TestSubcommand(CliContext context)
    {
        var command = new Command("test", "Send a test message through every configured channel and print each channel's result (the daemon must be running).");
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            var results = await session.Operator.SendTestNotificationAsync(ct).ConfigureAwait(false);
            if (results.Items.Count == 0)
            {
                context.Error.WriteLine("No channel is configured: see waiaas notification setup.");
                return ExitCodes.Failure;
            }

            foreach (var result in results.Items)
            {
                context.Output.WriteLine($"{result.Channel}\t{result.Status}\t{result.Error}".TrimEnd('\t'));
            }

            return results.Items.Any(r => r.Status == "SENT") ? ExitCodes.Success : ExitCodes.Failure;
        }, cancellationToken));
        return command;
    }

    private static TomlArray Order(string first)
    {
        var order = new TomlArray();
        foreach (var name in Channels.Where(c => c != first).Prepend(first))
        {
            order.Add(new TomlString(name));
        }

        return order;
    }

    private static string? Add(List<(string Key, TomlValue Value)> keys, string key, string? value, string option)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return option;
        }

        keys.Add((key, new TomlString(value)));
        return null;
    }

    private static string Block(List<(string Key, TomlValue Value)> keys)
    {
        var text = new StringBuilder("[notifications]\n");
        foreach (var (key, value) in keys)
        {
            text.Append(key).Append(" = ").Append(TomlWriter.FormatValue(value)).Append('\n');
        }

        return text.ToString();
    }

    private static string EnvironmentValue(TomlValue value) => value switch
    {
        TomlBoolean b => b.Value ? "true" : "false",
        TomlString s => s.Value,
        TomlArray a => "'[" + string.Join(",", a.Select(v => "\"" + ((TomlString)v).Value + "\"")) + "]'",
        _ => TomlWriter.FormatValue(value),
    };

    private static int Write(CliContext context, string? dataDirFlag, List<(string Key, TomlValue Value)> keys)
    {
        var layout = new DataDirectoryLayout(DataDirectoryResolver.Resolve(dataDirFlag, context.Environment, context.HomeDirectory).Path);
        if (!File.Exists(layout.ConfigFile))
        {
            context.Error.WriteLine($"error: {layout.ConfigFile} does not exist; run waiaas init first.");
            return ExitCodes.Failure;
        }

        var current = File.ReadAllText(layout.ConfigFile);
        if (!TomlParser.TryParse(current, out var document, out var error))
        {
            context.Error.WriteLine($"error: config.toml is not valid TOML ({error.Message}); nothing was changed.");
            return ExitCodes.ConfigInvalid;
        }

        var updated = Insert(current, document, keys);
        if (updated is null)
        {
            context.Output.Write(Block(keys));
            context.Error.WriteLine("config.toml already sets some of these [notifications] keys (or defines the table in a way this command does not edit); it was not changed. Edit it by hand with the block above.");
            return ExitCodes.Failure;
        }

        // With this process's environment, as the daemon will load it (e.g. WAIAAS_TELEGRAM_BOT_TOKEN).
        var check = ConfigLoader.Load(Encoding.UTF8.GetBytes(updated), layout.ConfigFile, context.Environment);
        if (!check.Succeeded)
        {
            foreach (var problem in check.Errors)
            {
                context.Error.WriteLine("error: " + problem);
            }

            context.Error.WriteLine("The settings would not be valid; config.toml was not changed.");
            return ExitCodes.ConfigInvalid;
        }

        AtomicFileWriter.Write(layout.ConfigFile, Encoding.UTF8.GetBytes(updated));
        context.Error.WriteLine($"Updated [notifications] in {layout.ConfigFile}. Restart the daemon, then check with: waiaas notification test");
        return ExitCodes.Success;
    }

    /// <summary>
    /// The file with <paramref name="keys"/> set: right under the one <c>[notifications]</c> header line when the table
    /// sets none of them yet (the default file has the header and only commented keys), or as a new table at the end when
    /// there is none; null when a key is already set or the table is defined otherwise (dotted keys, inline).
    /// </summary>
    private static string? Insert(string current, TomlTable document, List<(string Key, TomlValue Value)> keys)
    {
        var lines = Block(keys);
        if (!document.TryGetValue("notifications", out var existing))
        {
            return current + (current.Length == 0 || current.EndsWith("\n\n", StringComparison.Ordinal) ? "" : current.EndsWith('\n') ? "\n" : "\n\n") + lines;
        }

        if (existing is not TomlTable table || keys.Exists(k => table.TryGetValue(k.Key, out _)))
        {
            return null;
        }

        var headers = current.Split('\n').Select((line, index) => (line.Trim(), index)).Where(l => l.Item1 == "[notifications]").ToList();
        if (headers.Count != 1)
        {
            return null;
        }

        var all = current.Split('\n').ToList();
        all.Insert(headers[0].index + 1, lines["[notifications]\n".Length..].TrimEnd('\n'));
        return string.Join('\n', all);
    }
}
