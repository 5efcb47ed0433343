using System.Globalization;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using WaiaaS.Core;
using WaiaaS.Core.Amounts;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Errors;
using WaiaaS.Core.Transactions;

namespace WaiaaS.Daemon.Transactions;

/// <summary>
/// Reads the body of <c>POST /v1/transactions/send|simulate</c> (SPEC §9, §16). Strict: unknown fields, JSON numbers for
/// amounts, negative or fractional base units and malformed hex are refused with the field named, because a field the
/// daemon ignored could be one the agent believed constrained the transaction.
/// </summary>
internal static class SendCommandParser
{
    private const int MaxMemoLength = 256;
    private const int MaxDataBytes = 64 * 1024;

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        "type", "walletId", "network", "to", "spender", "amount", "humanAmount", "value", "token", "calldata",
        "instructionData", "accounts", "memo",
    };

    public static Result<SendCommand> Parse(JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            return Invalid("the body must be a JSON object.");
        }

        foreach (var property in body.EnumerateObject())
        {
            if (!Known.Contains(property.Name))
            {
                return Invalid($"unknown field '{property.Name}'.");
            }
        }

        if (!TryString(body, "type", out var typeName, out var failure) || failure is not null)
        {
            return failure ?? Invalid("type is required: TRANSFER, TOKEN_TRANSFER, CONTRACT_CALL or APPROVE.");
        }

        if (!WireNames.TryParse<TransactionType>(typeName, out var type))
        {
            return Invalid($"type '{typeName}' is not one of TRANSFER, TOKEN_TRANSFER, CONTRACT_CALL, APPROVE.");
        }

        var strings = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var name in new[] { "walletId", "network", "to", "spender", "amount", "humanAmount", "value", "calldata", "instructionData", "memo" })
        {
            TryString(body, name, out var value, out failure);
            if (failure is not null)
            {
                return failure;
            }

            strings[name] = value;
        }

        var to = type == TransactionType.Approve ? strings["spender"] ?? strings["to"] : strings["to"];
        if (string.IsNullOrWhiteSpace(to))
        {
            return Invalid(type == TransactionType.Approve ? "spender is required." : "to is required.");
        }

        var token = ParseToken(body, out var tokenDecimals, out failure);
        if (failure is not null)
        {
            return failure;
        }

        if (type is TransactionType.TokenTransfer or TransactionType.Approve && token is null)
        {
            return Invalid("token is required for TOKEN_TRANSFER and APPROVE.");
        }

        if (type is TransactionType.Transfer or TransactionType.ContractCall && token is not null)
        {
            return Invalid($"token is not accepted for {typeName}.");
        }

        var amountText = type == TransactionType.ContractCall ? strings["value"] ?? strings["amount"] : strings["amount"];
        var human = type == TransactionType.ContractCall ? null : strings["humanAmount"];
        if (amountText is not null && human is not null)
        {
            return Invalid("give either amount (base units) or humanAmount, not both.");
        }

        BigInteger? amount = null;
        if (amountText is not null)
        {
            if (amountText.Length is 0 or > 78 || !amountText.All(char.IsAsciiDigit))
            {
                return Invalid("amount must be a string of decimal digits in base units (e.g. \"1000000\").");
            }

            amount = BigInteger.Parse(amountText, NumberStyles.None, CultureInfo.InvariantCulture);
        }
        else if (human is null && type != TransactionType.ContractCall)
        {
            return Invalid("amount (base units, as a string) or humanAmount is required.");
        }

        if (human is not null && !DecimalAmount.IsWellFormed(human))
        {
            return Invalid("humanAmount must be a non-negative decimal string (e.g. \"0.5\").");
        }

        var data = ReadOnlyMemory<byte>.Empty;
        if (strings["calldata"] is { } calldata)
        {
            if (!TryHex(calldata, out var bytes))
            {
                return Invalid("calldata must be 0x-prefixed hex.");
            }

            data = bytes;
        }
        else if (strings["instructionData"] is { } instruction)
        {
            try
            {
                data = Convert.FromBase64String(instruction);
            }
            catch (FormatException)
            {
                return Invalid("instructionData must be base64.");
            }
        }

        if (data.Length > MaxDataBytes)
        {
            return Invalid($"calldata is larger than {MaxDataBytes} bytes.");
        }

        if (type != TransactionType.ContractCall && (data.Length > 0 || body.TryGetProperty("accounts", out _)))
        {
            return Invalid($"calldata, instructionData and accounts are only accepted for CONTRACT_CALL.");
        }

        var accounts = ParseAccounts(body, out failure);
        if (failure is not null)
        {
            return failure;
        }

        if (strings["memo"] is { Length: > MaxMemoLength })
        {
            return Invalid($"memo is longer than {MaxMemoLength} characters.");
        }

        return new SendCommand
        {
            Type = type,
            WalletId = strings["walletId"],
            Network = strings["network"],
            To = to.Trim(),
            Amount = amount ?? (type == TransactionType.ContractCall && human is null ? BigInteger.Zero : null),
            HumanAmount = human,
            Token = token,
            TokenDecimals = tokenDecimals,
            Data = data,
            Accounts = accounts,
            Memo = strings["memo"],
            RequestHash = Hash(body),
        };
    }

    private static string? ParseToken(JsonElement body, out int? decimals, out Failure? failure)
    {
        decimals = null;
        failure = null;
        if (!body.TryGetProperty("token", out var token) || token.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (token.ValueKind == JsonValueKind.String)
        {
            return token.GetString();
        }

        if (token.ValueKind != JsonValueKind.Object)
        {
            failure = new Failure(ErrorCodes.ValidationFailed, "token must be an address string or {address, decimals?, symbol?}.");
            return null;
        }

        string? address = null;
        foreach (var property in token.EnumerateObject())
        {
            switch (property.Name)
            {
                case "address" when property.Value.ValueKind == JsonValueKind.String:
                    address = property.Value.GetString();
                    break;
                case "decimals" when property.Value.ValueKind == JsonValueKind.Number && property.Value.TryGetInt32(out var d) && d is >= 0 and <= 36:
                    decimals = d;
                    break;
                case "symbol" when property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    // Accepted for compatibility but never trusted: prices and limits use the operator's token registry.
                    break;
                default:
                    failure = new Failure(ErrorCodes.ValidationFailed, $"token.{property.Name} is unknown or has the wrong type.");
                    return null;
            }
        }

        if (string.IsNullOrWhiteSpace(address))
        {
            failure = new Failure(ErrorCodes.ValidationFailed, "token.address is required.");
        }

        return address;
    }

    private static List<ContractAccount> ParseAccounts(JsonElement body, out Failure? failure)
    {
        failure = null;
        var accounts = new List<ContractAccount>();
        if (!body.TryGetProperty("accounts", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return accounts;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            failure = new Failure(ErrorCodes.ValidationFailed, "accounts must be an array of {address, isSigner, isWritable}.");
            return accounts;
        }

        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object
                || !item.TryGetProperty("address", out var address) || address.ValueKind != JsonValueKind.String
                || !Flag(item, "isSigner", out var signer) || !Flag(item, "isWritable", out var writable))
            {
                failure = new Failure(ErrorCodes.ValidationFailed, "each account must be {address: string, isSigner: bool, isWritable: bool}.");
                return accounts;
            }

            accounts.Add(new ContractAccount(address.GetString()!, signer, writable));
        }

        return accounts;
    }

    private static bool Flag(JsonElement item, string name, out bool value)
    {
        value = false;
        if (!item.TryGetProperty(name, out var flag))
        {
            return true;
        }

        if (flag.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            return false;
        }

        value = flag.GetBoolean();
        return true;
    }

    private static bool TryString(JsonElement body, string name, out string? value, out Failure? failure)
    {
        value = null;
        failure = null;
        if (!body.TryGetProperty(name, out var element) || element.ValueKind == JsonValueKind.Null)
        {
            return false;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            failure = new Failure(ErrorCodes.ValidationFailed, element.ValueKind == JsonValueKind.Number
                ? $"{name} must be a string; JSON numbers lose precision, send amounts as strings."
                : $"{name} must be a string.");
            return false;
        }

        value = element.GetString();
        return true;
    }

    private static bool TryHex(string text, out byte[] bytes)
    {
        bytes = [];
        if (!text.StartsWith("0x", StringComparison.OrdinalIgnoreCase) || text.Length % 2 != 0)
        {
            return false;
        }

        try
        {
            bytes = Convert.FromHexString(text.AsSpan(2));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }

    // Canonical: properties sorted by name, serialized without whitespace; so key order and spacing do not matter.
    private static string Hash(JsonElement body)
    {
        var canonical = new StringBuilder();
        Canonical(body, canonical);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    private static void Canonical(JsonElement element, StringBuilder output)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                output.Append('{');
                foreach (var property in element.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    output.Append(JsonSerializer.Serialize(property.Name)).Append(':');
                    Canonical(property.Value, output);
                    output.Append(',');
                }

                output.Append('}');
                break;
            case JsonValueKind.Array:
                output.Append('[');
                foreach (var item in element.EnumerateArray())
                {
                    Canonical(item, output);
                    output.Append(',');
                }

                output.Append(']');
                break;
            default:
                output.Append(element.GetRawText());
                break;
        }
    }

    private static Failure Invalid(string message) => new(ErrorCodes.ValidationFailed, message);
}
