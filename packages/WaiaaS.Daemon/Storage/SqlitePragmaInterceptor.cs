using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace WaiaaS.Daemon.Storage;

/// <summary>Applies <see cref="SqlitePragmas"/> each time EF opens a connection (pooled ones included).</summary>
internal sealed class SqlitePragmaInterceptor(int busyTimeoutMs) : DbConnectionInterceptor
{
    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) =>
        SqlitePragmas.Apply((SqliteConnection)connection, busyTimeoutMs);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default) =>
        SqlitePragmas.ApplyAsync((SqliteConnection)connection, busyTimeoutMs, cancellationToken);
}
