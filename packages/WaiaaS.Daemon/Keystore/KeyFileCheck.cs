namespace WaiaaS.Daemon.Keystore;

/// <summary>The result of checking one key file offline.</summary>
/// <param name="File">The file name inside the keystore folder.</param>
/// <param name="WalletId">The wallet id recorded in the file, when it could be read.</param>
/// <param name="Chain">The chain recorded in the file.</param>
/// <param name="Address">The address recorded in the file.</param>
/// <param name="Recovered">Whether the key decrypted and matched its public key and address.</param>
/// <param name="Problem">Why not, when it did not.</param>
public sealed record KeyFileCheck(string File, string? WalletId, string? Chain, string? Address, bool Recovered, string? Problem);
