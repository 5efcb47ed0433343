using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using WaiaaS.Adapters.Evm;
using WaiaaS.Adapters.Evm.Crypto;
using WaiaaS.Adapters.Solana.Keys;
using WaiaaS.Core.Chains.Adapters;
using WaiaaS.Core.Configuration;
using WaiaaS.Core.Crypto;
using WaiaaS.Daemon.Keystore;

namespace WaiaaS.Daemon.Tests.Keystore;

public sealed class KeystoreTests : IDisposable
{
    private static readonly byte[] Password = Encoding.UTF8.GetBytes("correct horse battery staple");
    private static readonly KeystoreSettings CheapKdf = new() { Argon2MemoryKib = 8192, Argon2Iterations = 1 };
    private static readonly IKeyScheme[] Schemes = [new Ed25519KeyScheme(), new Secp256k1KeyScheme()];
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "waiaas-keystore-tests", Guid.NewGuid().ToString("N"));

    public KeystoreTests() => Directory.CreateDirectory(_folder);

    [Fact]
    public void SolanaSigner_ProducesSignaturesTheStoredPublicKeyVerifies()
    {
        using var secrets = MasterKeyDerivation.Derive(Password, KdfParameters.CreateNew(CheapKdf));
        var store = new FileKeyStore(_folder, secrets, TimeProvider.System);
        var id = NewId();

        var key = store.Create(id, Schemes[0]);
        var signature = store.GetSigner(id, Schemes[0]).Sign("message"u8);

        Assert.True(Ed25519.Verify(key.PublicKey.Span, "message"u8, signature));
    }

    [Fact]
    public void EvmSigner_ProducesRecoverableSignaturesOfTheWalletAddress()
    {
        using var secrets = MasterKeyDerivation.Derive(Password, KdfParameters.CreateNew(CheapKdf));
        var store = new FileKeyStore(_folder, secrets, TimeProvider.System);
        var id = NewId();
        var hash = Keccak256.Hash("payload"u8);

        var key = store.Create(id, Schemes[1]);
        var signature = store.GetSigner(id, Schemes[1]).Sign(hash);

        Assert.Equal(65, signature.Length);
        Assert.Equal(key.Address, EvmAddress.FromPublicKey(Secp256k1.RecoverPublicKey(hash, signature)!));
    }

    [Fact]
    public void Recovery_WithTheFolderAndPasswordOnly_RecoversEveryKey()
    {
        var ids = new List<string>();
        using (var secrets = MasterKeyDerivation.Derive(Password, KdfParameters.CreateNew(CheapKdf)))
        {
            var store = new FileKeyStore(_folder, secrets, TimeProvider.System);
            for (var i = 0; i < 6; i++)
            {
                var id = NewId();
                store.Create(id, Schemes[i % 2]);
                ids.Add(id);
            }
        }

        var checks = KeystoreRecovery.Verify(_folder, Password, Schemes);

        Assert.Equal(ids.Order(StringComparer.Ordinal), checks.Select(c => c.WalletId));
        Assert.All(checks, c => Assert.True(c.Recovered, c.Problem));
    }

    [Fact]
    public void Recovery_WithAWrongPassword_RecoversNothing()
    {
        using (var secrets = MasterKeyDerivation.Derive(Password, KdfParameters.CreateNew(CheapKdf)))
        {
            new FileKeyStore(_folder, secrets, TimeProvider.System).Create(NewId(), Schemes[0]);
        }

        var checks = KeystoreRecovery.Verify(_folder, "wrong password"u8, Schemes);

        var check = Assert.Single(checks);
        Assert.False(check.Recovered);
        Assert.Contains("wrong master password", check.Problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ciphertext")]
    [InlineData("tag")]
    [InlineData("publicKey")]
    public void Recovery_DetectsATamperedField(string field)
    {
        var id = NewId();
        using (var secrets = MasterKeyDerivation.Derive(Password, KdfParameters.CreateNew(CheapKdf)))
        {
            new FileKeyStore(_folder, secrets, TimeProvider.System).Create(id, Schemes[1]);
        }

        var path = Path.Combine(_folder, id + ".json");
        var document = JsonNode.Parse(File.ReadAllText(path))!.AsObject();
        var hex = document[field]!.GetValue<string>();
        document[field] = (hex[0] == '0' ? "1" : "0") + hex[1..];
        File.WriteAllText(path, document.ToJsonString());

        var check = Assert.Single(KeystoreRecovery.Verify(_folder, Password, Schemes));

        Assert.False(check.Recovered);
    }

    [Fact]
    public void AKeyFileCopiedUnderAnotherWalletsName_DoesNotDecrypt()
    {
        using var secrets = MasterKeyDerivation.Derive(Password, KdfParameters.CreateNew(CheapKdf));
        var store = new FileKeyStore(_folder, secrets, TimeProvider.System);
        var victim = NewId();
        var other = NewId();
        store.Create(other, Schemes[0]);
        var text = File.ReadAllText(Path.Combine(_folder, other + ".json")).Replace(other, victim, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_folder, victim + ".json"), text);

        var fresh = new FileKeyStore(_folder, secrets, TimeProvider.System);

        Assert.ThrowsAny<CryptographicException>(() => fresh.GetSigner(victim, Schemes[0]).Sign("x"u8));
    }

    [Fact]
    public void Delete_RemovesTheFile_AndStrayTemporaryFilesAreCleaned()
    {
        using var secrets = MasterKeyDerivation.Derive(Password, KdfParameters.CreateNew(CheapKdf));
        var store = new FileKeyStore(_folder, secrets, TimeProvider.System);
        var id = NewId();
        store.Create(id, Schemes[0]);
        File.WriteAllText(Path.Combine(_folder, $".{id}.json.123.abcd.tmp"), "{ half a file");

        Assert.True(store.Delete(id));
        Assert.False(store.Delete(id));
        Assert.Equal(1, store.RemoveStrayTemporaryFiles());
        Assert.Empty(Directory.GetFileSystemEntries(_folder));
    }

    [Fact]
    public void Create_RefusesIdsThatAreNotCanonicalUuids()
    {
        using var secrets = MasterKeyDerivation.Derive(Password, KdfParameters.CreateNew(CheapKdf));
        var store = new FileKeyStore(_folder, secrets, TimeProvider.System);

        Assert.Throws<ArgumentException>(() => store.Create("../escape", Schemes[0]));
        Assert.Throws<ArgumentException>(() => store.Create(Guid.NewGuid().ToString().ToUpperInvariant(), Schemes[0]));
    }

    [Fact]
    public void Verifier_MatchesOnlyTheSamePassword()
    {
        var kdf = KdfParameters.CreateNew(CheapKdf);
        using var right = MasterKeyDerivation.Derive(Password, kdf);
        using var again = MasterKeyDerivation.Derive(Password, kdf);
        using var wrong = MasterKeyDerivation.Derive("correct horse battery stapled"u8, kdf);

        Assert.Equal(right.Verifier, again.Verifier);
        Assert.NotEqual(right.Verifier, wrong.Verifier);
        Assert.NotEqual(right.Verifier, right.KeyEncryptionKey.Read(k => k.ToArray()));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static string NewId() => Guid.CreateVersion7().ToString();
}
