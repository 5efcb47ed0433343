using System.Text;
using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Adapters.Evm.Signing;
using WaiaaS.Adapters.Evm.Siwe;
using WaiaaS.Adapters.Evm.Tests.Crypto;

namespace WaiaaS.Adapters.Evm.Tests.Siwe;

public sealed class SiweVerifierTests
{
    private static readonly byte[] OwnerKey = Secp256k1Tests.Key("01");
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 5, 5, 0, TimeSpan.Zero);

    private static readonly SiweMessage Message = new()
    {
        Domain = "localhost:3100",
        Address = "0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf",
        Statement = "Approve transaction tx-42",
        Uri = "http://localhost:3100/v1/approvals/tx-42",
        Version = "1",
        ChainId = 31337,
        Nonce = "n0nce12345678",
        IssuedAt = new DateTimeOffset(2026, 11, 22, 5, 0, 0, TimeSpan.Zero),
        ExpirationTime = new DateTimeOffset(2026, 11, 22, 5, 10, 0, TimeSpan.Zero),
    };

    private static readonly SiweExpectations Expected = new("localhost:3100", "n0nce12345678", 31337, "0x7e5f4552091a69125d5dfcb7b8c2659029395bdf");

    [Fact]
    public void Verify_SignedByTheOwner_IsValid()
    {
        var (text, signature) = Signed(Message);

        var result = SiweVerifier.Verify(text, signature, Expected, Now);

        Assert.True(result.IsValid, result.Error);
        Assert.Equal(Message.Nonce, result.Message!.Nonce);
    }

    [Fact]
    public void Verify_SignedByAnotherKey_IsInvalidSignature()
    {
        var text = Message.Format();
        var signature = Secp256k1.Sign(Secp256k1Tests.Key("02"), PersonalSign.Hash(text));

        var result = SiweVerifier.Verify(text, signature, Expected, Now);

        Assert.Equal(SiweErrorCodes.InvalidSignature, result.ErrorCode);
    }

    [Fact]
    public void Verify_TextChangedAfterSigning_IsInvalidSignature()
    {
        var (text, signature) = Signed(Message);

        var result = SiweVerifier.Verify(text.Replace("tx-42\n", "tx-43\n", StringComparison.Ordinal), signature, Expected, Now);

        Assert.Equal(SiweErrorCodes.InvalidSignature, result.ErrorCode);
    }

    [Fact]
    public void Verify_Malformed_IsMalformed()
    {
        var result = SiweVerifier.Verify("hello", new byte[65], Expected, Now);

        Assert.Equal(SiweErrorCodes.Malformed, result.ErrorCode);
        Assert.Null(result.Message);
    }

    public static TheoryData<SiweExpectations, DateTimeOffset, string> Failures => new()
    {
        { Expected with { Domain = "evil.example" }, Now, SiweErrorCodes.DomainMismatch },
        { Expected with { Nonce = "other1234567" }, Now, SiweErrorCodes.NonceMismatch },
        { Expected with { ChainId = 1 }, Now, SiweErrorCodes.ChainMismatch },
        { Expected with { Uri = "http://localhost:3100/other" }, Now, SiweErrorCodes.UriMismatch },
        { Expected with { Address = "0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF" }, Now, SiweErrorCodes.AddressMismatch },
        { Expected, new DateTimeOffset(2026, 11, 22, 5, 10, 0, TimeSpan.Zero), SiweErrorCodes.Expired },
        { Expected, new DateTimeOffset(2026, 11, 22, 4, 58, 0, TimeSpan.Zero), SiweErrorCodes.NotYetValid },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Verify_UnmetExpectation_GivesItsCode(SiweExpectations expected, DateTimeOffset now, string code)
    {
        var (text, signature) = Signed(Message);

        var result = SiweVerifier.Verify(text, signature, expected, now);

        Assert.False(result.IsValid);
        Assert.Equal(code, result.ErrorCode);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Fact]
    public void Validate_NotBeforeInTheFuture_IsNotYetValid()
    {
        var message = Message with { NotBefore = Now.AddMinutes(1) };

        Assert.Equal(SiweErrorCodes.NotYetValid, SiweVerifier.Validate(message, Expected, Now).ErrorCode);
        Assert.True(SiweVerifier.Validate(message, Expected, Now.AddMinutes(1)).IsValid);
    }

    private static (string Text, byte[] Signature) Signed(SiweMessage message)
    {
        var text = message.Format();
        var signature = Secp256k1.Sign(OwnerKey, PersonalSign.Hash(Encoding.UTF8.GetBytes(text)));
        signature[64] += 27;
        return (text, signature);
    }
}
