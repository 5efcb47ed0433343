using Microsoft.AspNetCore.Builder;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.DataDirectory;

namespace WaiaaS.Daemon.Hosting;

/// <summary>Everything <see cref="WaiaasDaemon.StartAsync"/> needs. The password bytes are wiped once the keystore is unlocked.</summary>
/// <param name="Layout">The data directory.</param>
/// <param name="Config">The loaded configuration.</param>
/// <param name="MasterPassword">UTF-8 master password; zeroed by the daemon after use.</param>
public sealed record DaemonStartOptions(DataDirectoryLayout Layout, WaiaasConfig Config, byte[] MasterPassword)
{
    /// <summary>The clock (tests substitute a fake).</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Key schemes by chain; null uses Solana (Ed25519) and EVM (secp256k1).</summary>
    public IReadOnlyList<IKeyScheme>? KeySchemes { get; init; }

    /// <summary>Changes to the web host before it is built (tests: <c>UseTestServer</c>).</summary>
    public Action<WebApplicationBuilder>? ConfigureBuilder { get; init; }

    /// <summary>Whether to write daemon.pid / daemon.port (the CLI does; in-memory tests need not).</summary>
    public bool WriteProcessFiles { get; init; } = true;
}
