using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using WaiaaS.Core.Chains;

namespace WaiaaS.Daemon.Storage;

/// <summary>Stores chains and environments as their wire names (<see cref="ChainNames"/>).</summary>
internal static class WireNameConverters
{
    public static readonly ValueConverter<ChainType, string> Chain = new(
        v => v.ToWireName(),
        v => ParseChain(v));

    public static readonly ValueConverter<NetworkEnvironment, string> Environment = new(
        v => v.ToWireName(),
        v => ParseEnvironment(v));

    private static ChainType ParseChain(string value) =>
        ChainNames.TryParseChain(value, out var chain)
            ? chain
            : throw new InvalidDataException($"'{value}' is not a stored chain name.");

    private static NetworkEnvironment ParseEnvironment(string value) =>
        ChainNames.TryParseEnvironment(value, out var environment)
            ? environment
            : throw new InvalidDataException($"'{value}' is not a stored environment name.");
}
