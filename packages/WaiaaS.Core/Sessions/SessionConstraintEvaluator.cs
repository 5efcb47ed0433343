using System.Globalization;
using System.Numerics;
using WaiaaS.Core.Chains;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Policies;

namespace WaiaaS.Core.Sessions;

/// <summary>
/// Checks a <see cref="TransactionIntent"/> against a session's constraints (pipeline stage 2, before policies). Pure.
/// Rules run in a fixed order (networks, types, recipients, amount) and the first one that fails is reported; an
/// empty rule does not constrain. Addresses compare canonically: EVM case-insensitively (hex), Solana exactly (base58).
/// </summary>
public static class SessionConstraintEvaluator
{
    /// <summary>The asset key of native value in <c>maxAmountPerTx</c>.</summary>
    public const string NativeAsset = "native";

    /// <summary>Returns the first violation, or null when the intent is within the constraints.</summary>
    public static SessionConstraintViolation? Evaluate(TransactionIntent intent, SessionConstraintSettings constraints)
    {
        ArgumentNullException.ThrowIfNull(intent);
        ArgumentNullException.ThrowIfNull(constraints);
        var addresses = AddressComparer(intent.Chain);

        if (!constraints.AllowedNetworks.IsDefaultOrEmpty && !constraints.AllowedNetworks.Contains(intent.Network, StringComparer.Ordinal))
        {
            return new("allowed_networks", Join(constraints.AllowedNetworks), intent.Network,
                $"the session may not use network {intent.Network}.", $"Use one of: {Join(constraints.AllowedNetworks)}.");
        }

        var type = intent.Type.ToWireName();
        if (!constraints.AllowedTypes.IsDefaultOrEmpty && !constraints.AllowedTypes.Contains(type, StringComparer.Ordinal))
        {
            return new("allowed_types", Join(constraints.AllowedTypes), type,
                $"the session may not request {type} transactions.", $"Request one of: {Join(constraints.AllowedTypes)}.");
        }

        if (!constraints.AllowedRecipients.IsDefaultOrEmpty && !constraints.AllowedRecipients.Contains(intent.To, addresses))
        {
            return new("allowed_recipients", Join(constraints.AllowedRecipients), intent.To,
                $"the session may not send to {intent.To}.", "Send only to an address on the session's allowed recipients.");
        }

        var asset = intent.Token is null ? NativeAsset : intent.Token;
        var limitKey = constraints.MaxAmountPerTx.Keys.FirstOrDefault(k => intent.Token is null ? k == NativeAsset : addresses.Equals(k, asset));
        if (limitKey is not null && BigInteger.TryParse(constraints.MaxAmountPerTx[limitKey], NumberStyles.None, CultureInfo.InvariantCulture, out var limit)
            && (intent.Amount > limit || (intent.IsUnlimitedApproval && intent.Type == Transactions.TransactionType.Approve)))
        {
            var actual = intent.Amount.ToString(CultureInfo.InvariantCulture);
            return new("max_amount_per_tx", limit.ToString(CultureInfo.InvariantCulture), actual,
                $"the amount {actual} of {asset} exceeds the session's limit of {limit} per transaction (base units).",
                $"Send at most {limit} base units of {asset} per transaction.");
        }

        return null;
    }

    /// <summary>How addresses of <paramref name="chain"/> compare: EVM hex ignores case, Solana base58 is exact.</summary>
    public static StringComparer AddressComparer(ChainType chain) =>
        chain == ChainType.Ethereum ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    private static string Join(IEnumerable<string> values) => string.Join(", ", values);
}
