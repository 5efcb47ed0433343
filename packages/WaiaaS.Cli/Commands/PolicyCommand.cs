using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using WaiaaS.Core.Contracts;

namespace WaiaaS.Cli.Commands;

/// <summary><c>waiaas policy list|add|remove</c>: the policy engine's rules (docs/policies.md), through the running daemon.</summary>
internal static class PolicyCommand
{
    private static readonly Option<bool> Json = new("--json") { Description = "Print JSON on stdout", Recursive = true };

    public static Command Create(CliContext context)
    {
        var command = new Command("policy", "List, add and remove policies (the daemon must be running).") { Json };
        command.Add(ListSubcommand(context));
        command.Add(AddSubcommand(context));
        command.Add(RemoveSubcommand(context));
        return command;
    }

    private static Command ListSubcommand(CliContext context)
    {
        var wallet = new Option<string?>("--wallet") { Description = "Only this wallet's policies (id or name) and the global ones", HelpName = "id|name" };
        var type = new Option<string?>("--type") { Description = "Only this type (e.g. SPENDING_LIMIT)", HelpName = "type" };
        var command = new Command("list", "List policies: id, type, wallet (or global), network, priority, enabled, rules.") { wallet, type };
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            var (found, walletId) = await session.OptionalWalletIdAsync(context, parse.GetValue(wallet), ct).ConfigureAwait(false);
            if (!found)
            {
                return ExitCodes.Usage;
            }

            var policies = await session.Operator.ListPoliciesAsync(walletId, parse.GetValue(type), ct).ConfigureAwait(false);
            if (parse.GetValue(Json))
            {
                context.Output.WriteLine(CliFormat.ToJson(policies));
                return ExitCodes.Success;
            }

            foreach (var policy in policies.Items)
            {
                PrintLine(context, policy);
            }

            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    private static Command AddSubcommand(CliContext context)
    {
        var type = new Option<string>("--type") { Description = "Policy type (SPENDING_LIMIT, WHITELIST, …; see docs/policies.md)", Required = true, HelpName = "type" };
        var rules = new Option<string>("--rules") { Description = "The rules object as JSON, snake_case keys, e.g. '{\"instant_max\":{\"native\":\"1000\"}}'", Required = true, HelpName = "json" };
        var wallet = new Option<string?>("--wallet") { Description = "The wallet it applies to (id or name); default: every wallet", HelpName = "id|name" };
        var network = new Option<string?>("--network") { Description = "The network it applies to; default: every network", HelpName = "network" };
        var priority = new Option<int?>("--priority") { Description = "Higher is evaluated first (default 0)", HelpName = "n" };
        var disabled = new Option<bool>("--disabled") { Description = "Create it disabled" };
        var command = new Command("add", "Add a policy.") { type, rules, wallet, network, priority, disabled };
        command.SetAction((parse, cancellationToken) =>
        {
            if (ParseRules(parse.GetValue(rules)!) is not { } rulesObject)
            {
                context.Error.WriteLine("error: --rules must be a JSON object, e.g. '{\"instant_max\":{\"native\":\"1000\"}}'.");
                return Task.FromResult(ExitCodes.Usage);
            }

            return OperatorSession.RunAsync(context, parse, async (session, ct) =>
            {
                var (found, walletId) = await session.OptionalWalletIdAsync(context, parse.GetValue(wallet), ct).ConfigureAwait(false);
                if (!found)
                {
                    return ExitCodes.Usage;
                }

                var request = new CreatePolicyRequest(parse.GetValue(type)!, rulesObject, walletId, parse.GetValue(network), parse.GetValue(priority), parse.GetValue(disabled) ? false : null);
                Print(context, parse.GetValue(Json), await session.Operator.CreatePolicyAsync(request, ct).ConfigureAwait(false));
                return ExitCodes.Success;
            }, cancellationToken);
        });
        return command;
    }

    private static Command RemoveSubcommand(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "Policy id" };
        var command = new Command("remove", "Remove a policy.") { id };
        command.SetAction((parse, cancellationToken) => OperatorSession.RunAsync(context, parse, async (session, ct) =>
        {
            Print(context, parse.GetValue(Json), await session.Operator.DeletePolicyAsync(parse.GetValue(id)!, ct).ConfigureAwait(false));
            return ExitCodes.Success;
        }, cancellationToken));
        return command;
    }

    /// <summary>The rules argument as a JSON object, or null when it is not one.</summary>
    public static JsonObject? ParseRules(string text)
    {
        try
        {
            return JsonNode.Parse(text) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void Print(CliContext context, bool json, PolicyResponse policy)
    {
        if (json)
        {
            context.Output.WriteLine(CliFormat.ToJson(policy));
        }
        else
        {
            PrintLine(context, policy);
        }
    }

    private static void PrintLine(CliContext context, PolicyResponse policy) =>
        context.Output.WriteLine(string.Join(
            "  ",
            policy.Id,
            policy.Type,
            policy.WalletId ?? "global",
            policy.Network ?? "all-networks",
            "priority " + policy.Priority,
            policy.Enabled ? "enabled" : "disabled",
            policy.Rules.GetRawText()));
}
