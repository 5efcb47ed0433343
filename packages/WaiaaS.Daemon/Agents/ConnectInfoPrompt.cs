using System.Globalization;
using System.Text;
using WaiaaS.Core.Contracts;

namespace WaiaaS.Daemon.Agents;

/// <summary>The plain-language summary of <c>/v1/connect-info</c>: what an AI agent should know before it acts.</summary>
internal static class ConnectInfoPrompt
{
    public static string Compose(IReadOnlyList<ConnectInfoWalletResponse> wallets, IReadOnlyList<PolicyResponse> policies, IReadOnlyList<string> types)
    {
        var text = new StringBuilder();
        var culture = CultureInfo.InvariantCulture;
        text.Append(culture, $"You are connected to a WaiaaS wallet daemon with {wallets.Count} wallet(s):").AppendLine();
        foreach (var wallet in wallets)
        {
            text.Append(culture, $"- {wallet.Name} ({wallet.Id}): {wallet.Chain} {wallet.Environment}, address {wallet.Address}, default network {wallet.DefaultNetwork}, status {wallet.Status}.").AppendLine();
        }

        if (wallets.Count > 1)
        {
            text.AppendLine("Pass walletId (wallet_id in MCP tools) to say which wallet a request is for.");
        }

        text.Append(culture, $"Transaction types you may send: {string.Join(", ", types)}.").AppendLine();
        text.AppendLine("Every transaction passes the owner's policies: it is executed at once (INSTANT), executed and reported (NOTIFY), held for a delay (DELAY, the owner may cancel it), held until the owner approves (APPROVAL), or denied with the reason and the limit.");
        text.Append(culture, $"{policies.Count} policy rule(s) apply to your wallets; read them before large transfers. A QUEUED transaction is not a failure: check it later with its id.").AppendLine();
        text.Append("Use simulate before sending when unsure; amounts are strings in base units (amount) or human units (humanAmount).");
        return text.ToString();
    }
}
