using System.Security.Cryptography;
using System.Text;
using WaiaaS.Core.Contracts;
using WaiaaS.Sdk.Http;
using WaiaaS.Sdk.Json;

namespace WaiaaS.Sdk;

/// <summary>
/// The operator's client (SPEC §14): the master password in <c>X-Master-Password</c> against the management
/// endpoints. The password is kept as a private UTF-8 copy, zeroed on <see cref="Dispose"/>, and never logged or put
/// into a message. The <see cref="HttpClient"/> is injected with the daemon as base address. Thread-safe.
/// </summary>
public sealed partial class WaiaasOperatorClient : IDisposable
{
    private const string PasswordHeader = "X-Master-Password";
    private readonly WaiaasTransport _transport;
    private readonly byte[] _password;
    private volatile bool _disposed;

    /// <summary>Creates the client from the password's UTF-8 bytes (copied; the caller may zero its own buffer).</summary>
    /// <param name="http">The HTTP client, with the daemon as base address.</param>
    /// <param name="masterPassword">The master password, UTF-8.</param>
    /// <param name="options">Retry options; defaults when null.</param>
    public WaiaasOperatorClient(HttpClient http, ReadOnlySpan<byte> masterPassword, WaiaasClientOptions? options = null)
    {
        if (masterPassword.IsEmpty)
        {
            throw new ArgumentException("The master password is empty.", nameof(masterPassword));
        }

        // A header value cannot carry control characters; refuse them here, where no message can echo the value.
        foreach (var b in masterPassword)
        {
            if (b < 0x20 || b == 0x7F)
            {
                throw new ArgumentException("The master password contains a control character, which an HTTP header cannot carry.", nameof(masterPassword));
            }
        }

        _transport = new WaiaasTransport(http, options);
        _password = masterPassword.ToArray();
    }

    /// <summary>Creates the client from the password as text.</summary>
    /// <param name="http">The HTTP client, with the daemon as base address.</param>
    /// <param name="masterPassword">The master password.</param>
    /// <param name="options">Retry options; defaults when null.</param>
    public WaiaasOperatorClient(HttpClient http, string masterPassword, WaiaasClientOptions? options = null)
        : this(http, Encoding.UTF8.GetBytes(masterPassword ?? throw new ArgumentNullException(nameof(masterPassword))), options)
    {
    }

    /// <summary><c>GET /health</c> (no credential).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<HealthResponse> GetHealthAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SharedCalls.Health(), WaiaasJsonContext.Default.HealthResponse, cancellationToken);

    /// <summary><c>GET /v1/nonce</c>: a single-use nonce for an owner message (no credential).</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    public Task<NonceResponse> GetNonceAsync(CancellationToken cancellationToken = default) =>
        _transport.SendAsync(SharedCalls.Nonce(), WaiaasJsonContext.Default.NonceResponse, cancellationToken);

    /// <summary>Zeroes the client's copy of the password; later calls throw <see cref="ObjectDisposedException"/>.</summary>
    public void Dispose()
    {
        _disposed = true;
        CryptographicOperations.ZeroMemory(_password);
    }

    private WaiaasCall Call(HttpMethod method, string path, bool retry, byte[]? body = null) => new(method, path, body, retry, Authorize);

    private ValueTask Authorize(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        request.Headers.TryAddWithoutValidation(PasswordHeader, Encoding.UTF8.GetString(_password));
        return ValueTask.CompletedTask;
    }
}
