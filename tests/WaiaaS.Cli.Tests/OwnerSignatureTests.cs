using System.Text;
using WaiaaS.Cli.Commands;
using WaiaaS.Sdk;

namespace WaiaaS.Cli.Tests;

public sealed class OwnerSignatureTests
{
    private const string Message = "localhost wants you to sign in with your Solana account:\nAbc\n\nWaiaaS: recover from the kill switch";

    [Fact]
    public void DecodeMessage_ReadsStandardAndUrlSafeBase64_WithOrWithoutPadding()
    {
        var standard = Convert.ToBase64String(Encoding.UTF8.GetBytes(Message + "é?>"));
        var urlSafe = standard.Replace('+', '-').Replace('/', '_').TrimEnd('=');

        Assert.Equal(Message + "é?>", OwnerSignedAction.DecodeMessage(standard));
        Assert.Equal(Message + "é?>", OwnerSignedAction.DecodeMessage(urlSafe));
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("//79")]
    public void DecodeMessage_RefusesWhatIsNotBase64OfUtf8(string encoded)
    {
        Assert.Null(OwnerSignedAction.DecodeMessage(encoded));
    }

    [Fact]
    public async Task PresignedSigner_HandsOutTheSignatureOnlyForItsMessage()
    {
        var signer = new PresignedOwnerSigner(new OwnerSignature("Abc", Message, "sig"));

        Assert.Equal("Abc", signer.Address);
        Assert.Equal("sig", await signer.SignMessageAsync(Message, CancellationToken.None));
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await signer.SignMessageAsync(Message + " ", CancellationToken.None));
    }
}
