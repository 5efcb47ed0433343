using System.Security.Cryptography;

namespace WaiaaS.Core.Crypto;

/// <summary>Reads a secret without copying it out of guarded memory.</summary>
/// <typeparam name="T">What the reader produces (never the secret itself).</typeparam>
public delegate T SecretReader<out T>(ReadOnlySpan<byte> secret);

/// <summary>
/// Secret bytes in libsodium guarded memory (<c>sodium_malloc</c>: guard pages, canary, locked against swapping)
/// that are wiped and released on dispose. Between <see cref="Read"/> calls the pages can be made inaccessible with
/// <see cref="Seal"/>, so a stray read faults instead of leaking. Private keys and key-encryption keys live here,
/// never in <see cref="string"/>s or ordinary arrays longer than one call.
/// </summary>
public sealed unsafe class GuardedBuffer : IDisposable
{
    private readonly Lock _gate = new();
    private byte* _pointer;
    private bool _sealed;

    private GuardedBuffer(int length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        Sodium.EnsureInitialized();
        _pointer = (byte*)SodiumNative.Malloc((nuint)length);
        if (_pointer == null)
        {
            throw new CryptographicException("sodium_malloc could not allocate guarded memory.");
        }

        Length = length;
    }

    /// <summary>Finalizer: releases the guarded pages if the owner forgot to dispose.</summary>
    ~GuardedBuffer() => Release();

    /// <summary>The number of secret bytes.</summary>
    public int Length { get; }

    /// <summary>Whether the buffer has been disposed.</summary>
    public bool IsDisposed => _pointer == null;

    /// <summary>Allocates a zero-filled buffer.</summary>
    public static GuardedBuffer Allocate(int length)
    {
        var buffer = new GuardedBuffer(length);
        SodiumNative.MemZero(buffer._pointer, (nuint)length);
        return buffer;
    }

    /// <summary>Copies <paramref name="source"/> into a new guarded buffer; the caller wipes the source.</summary>
    public static GuardedBuffer CopyFrom(ReadOnlySpan<byte> source)
    {
        var buffer = new GuardedBuffer(source.Length);
        source.CopyTo(new Span<byte>(buffer._pointer, source.Length));
        return buffer;
    }

    /// <summary>Fills a new buffer with cryptographically secure random bytes.</summary>
    public static GuardedBuffer Random(int length)
    {
        var buffer = new GuardedBuffer(length);
        RandomNumberGenerator.Fill(new Span<byte>(buffer._pointer, length));
        return buffer;
    }

    /// <summary>Writes into the buffer (for filling it from a KDF or a decryption).</summary>
    public void Write(SpanAction writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        lock (_gate)
        {
            var pointer = Open(readOnly: false);
            try
            {
                writer(new Span<byte>(pointer, Length));
            }
            finally
            {
                Close(pointer);
            }
        }
    }

    /// <summary>Gives <paramref name="reader"/> read access to the secret for the duration of the call.</summary>
    public T Read<T>(SecretReader<T> reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        lock (_gate)
        {
            var pointer = Open(readOnly: true);
            try
            {
                return reader(new ReadOnlySpan<byte>(pointer, Length));
            }
            finally
            {
                Close(pointer);
            }
        }
    }

    /// <summary>Makes the pages inaccessible until the next <see cref="Read"/> or <see cref="Write"/>; for long-lived secrets.</summary>
    public void Seal()
    {
        lock (_gate)
        {
            var pointer = Pointer();
            _ = SodiumNative.ProtectNoAccess(pointer);
            _sealed = true;
        }
    }

    /// <summary>Wipes and frees the guarded memory.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            Release();
        }

        GC.SuppressFinalize(this);
    }

    private byte* Open(bool readOnly)
    {
        var pointer = Pointer();
        if (_sealed || !readOnly)
        {
            _ = readOnly ? SodiumNative.ProtectReadOnly(pointer) : SodiumNative.ProtectReadWrite(pointer);
        }

        return pointer;
    }

    private void Close(byte* pointer)
    {
        if (_sealed)
        {
            _ = SodiumNative.ProtectNoAccess(pointer);
        }
        else
        {
            _ = SodiumNative.ProtectReadWrite(pointer);
        }
    }

    private byte* Pointer()
    {
        ObjectDisposedException.ThrowIf(_pointer == null, this);
        return _pointer;
    }

    private void Release()
    {
        if (_pointer == null)
        {
            return;
        }

        _ = SodiumNative.ProtectReadWrite(_pointer);
        SodiumNative.MemZero(_pointer, (nuint)Length);
        SodiumNative.Free(_pointer);
        _pointer = null;
    }

    /// <summary>Writes into a guarded buffer.</summary>
    /// <param name="secret">The buffer's bytes, writable for the duration of the call.</param>
    public delegate void SpanAction(Span<byte> secret);
}
