using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Contracts;
using WaiaaS.Core.Crypto;
using WaiaaS.Daemon.Audit;
using WaiaaS.Daemon.Storage;
using WaiaaS.Daemon.Wallets;

namespace WaiaaS.Daemon.Sessions;

/// <summary>
/// The HS256 secrets of session tokens (SPEC §6), kept in <c>key_value_store</c> (<c>jwt_secret_current</c>,
/// <c>jwt_secret_previous</c>, <c>jwt_secret_previous_valid_until</c>) and in guarded memory once loaded. The first
/// use generates a 32-byte CSPRNG secret. A rotation keeps the previous secret valid for
/// <c>[security] jwt_rotation_grace</c> seconds. Reads after the first are lock-free (one immutable snapshot).
/// </summary>
internal sealed class JwtSecretStore(
    IDbContextFactory<WaiaasDbContext> factory,
    SecuritySettings security,
    AuditLogWriter audit,
    TimeProvider time) : IDisposable
{
    public const string CurrentKey = "jwt_secret_current";
    public const string PreviousKey = "jwt_secret_previous";
    public const string PreviousValidUntilKey = "jwt_secret_previous_valid_until";
    private const int SecretLength = 32;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly List<GuardedBuffer> _retired = [];
    private volatile JwtSecrets? _secrets;

    /// <summary>The current snapshot, loading (or generating) the secrets on first use.</summary>
    public async ValueTask<JwtSecrets> GetAsync(CancellationToken cancellationToken)
    {
        if (_secrets is { } loaded)
        {
            return loaded;
        }

        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_secrets is null)
            {
                await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
                await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                var values = await ReadAsync(db, cancellationToken).ConfigureAwait(false);
                if (!values.ContainsKey(CurrentKey))
                {
                    values[CurrentKey] = NewSecret();
                    Upsert(db, CurrentKey, values[CurrentKey]);
                    await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                _secrets = Snapshot(values);
            }

            return _secrets;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Makes a new signing secret; the old one keeps verifying tokens for the rotation grace period.</summary>
    public async Task<RotateSecretResponse> RotateAsync(RequestOrigin origin, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(origin);
        await GetAsync(cancellationToken).ConfigureAwait(false);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var now = WaiaasDatabase.UnixNow(time);
            var validUntil = now + security.JwtRotationGraceSeconds;
            await using var db = await factory.CreateDbContextAsync(cancellationToken).ConfigureAwait(false);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            var values = await ReadAsync(db, cancellationToken).ConfigureAwait(false);
            values[PreviousKey] = values[CurrentKey];
            values[PreviousValidUntilKey] = validUntil.ToString(CultureInfo.InvariantCulture);
            values[CurrentKey] = NewSecret();
            foreach (var key in new[] { CurrentKey, PreviousKey, PreviousValidUntilKey })
            {
                Upsert(db, key, values[key]);
            }

            await audit.AppendAsync(db, new AuditEntry(AuditEvents.SessionSecretRotated, origin.Actor)
            {
                RequestId = origin.RequestId,
                IpAddress = origin.IpAddress,
                Details = new JsonObject { ["previousValidUntil"] = validUntil },
            }, cancellationToken).ConfigureAwait(false);
            await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);

            // The replaced snapshot may still be in use by a request in flight; its buffers are freed at dispose.
            _retired.Add(_secrets!.Current);
            if (_secrets.Previous is { } previous)
            {
                _retired.Add(previous);
            }

            _secrets = Snapshot(values);
            return new RotateSecretResponse(now, validUntil);
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        if (_secrets is { } secrets)
        {
            secrets.Current.Dispose();
            secrets.Previous?.Dispose();
        }

        foreach (var buffer in _retired)
        {
            buffer.Dispose();
        }

        _gate.Dispose();
    }

    private static async Task<Dictionary<string, string>> ReadAsync(WaiaasDbContext db, CancellationToken cancellationToken)
    {
        string[] keys = [CurrentKey, PreviousKey, PreviousValidUntilKey];
        return await db.KeyValues.AsNoTracking().Where(k => keys.Contains(k.Key))
            .ToDictionaryAsync(k => k.Key, k => k.Value, StringComparer.Ordinal, cancellationToken).ConfigureAwait(false);
    }

    private void Upsert(WaiaasDbContext db, string key, string value)
    {
        var now = WaiaasDatabase.UnixNow(time);
        var existing = db.KeyValues.Find(key);
        if (existing is null)
        {
            db.KeyValues.Add(new KeyValueEntity { Key = key, Value = value, UpdatedAt = now });
        }
        else
        {
            existing.Value = value;
            existing.UpdatedAt = now;
        }
    }

    private static string NewSecret()
    {
        var bytes = RandomNumberGenerator.GetBytes(SecretLength);
        try
        {
            return Convert.ToBase64String(bytes);
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }

    private static JwtSecrets Snapshot(Dictionary<string, string> values)
    {
        var previous = values.TryGetValue(PreviousKey, out var p) ? Load(p) : null;
        var validUntil = values.TryGetValue(PreviousValidUntilKey, out var v) && long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var until) ? until : 0;
        return new JwtSecrets(Load(values[CurrentKey]), previous, validUntil);
    }

    private static GuardedBuffer Load(string stored)
    {
        var bytes = Convert.FromBase64String(stored);
        try
        {
            if (bytes.Length != SecretLength)
            {
                throw new InvalidOperationException("key_value_store holds a JWT secret of the wrong length.");
            }

            var buffer = GuardedBuffer.CopyFrom(bytes);
            buffer.Seal();
            return buffer;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(bytes);
        }
    }
}
