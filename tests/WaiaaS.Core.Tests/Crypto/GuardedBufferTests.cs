using WaiaaS.Core.Crypto;

namespace WaiaaS.Core.Tests.Crypto;

public class GuardedBufferTests
{
    [Fact]
    public void CopyFrom_ThenRead_ReturnsTheBytes()
    {
        using var buffer = GuardedBuffer.CopyFrom([1, 2, 3]);

        var copy = buffer.Read(secret => secret.ToArray());

        Assert.Equal([1, 2, 3], copy);
    }

    [Fact]
    public void Sealed_CanStillBeReadThroughRead()
    {
        using var buffer = GuardedBuffer.Random(32);
        var before = buffer.Read(secret => secret.ToArray());

        buffer.Seal();

        Assert.Equal(before, buffer.Read(secret => secret.ToArray()));
    }

    [Fact]
    public void Write_FillsTheBuffer()
    {
        using var buffer = GuardedBuffer.Allocate(4);

        buffer.Write(secret => secret.Fill(7));

        Assert.Equal([7, 7, 7, 7], buffer.Read(secret => secret.ToArray()));
    }

    [Fact]
    public void Disposed_RefusesAccess()
    {
        var buffer = GuardedBuffer.Random(16);
        buffer.Dispose();

        Assert.True(buffer.IsDisposed);
        Assert.Throws<ObjectDisposedException>(() => buffer.Read(secret => secret.Length));
    }
}
