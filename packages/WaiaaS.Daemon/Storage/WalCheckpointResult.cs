namespace WaiaaS.Daemon.Storage;

/// <summary>The result row of <c>PRAGMA wal_checkpoint(TRUNCATE)</c>.</summary>
/// <param name="Busy">True when a reader or writer prevented a complete checkpoint (try again later).</param>
/// <param name="LogFrames">Frames in the WAL before the checkpoint (-1 when not in WAL mode).</param>
/// <param name="CheckpointedFrames">Frames copied into the database file.</param>
public sealed record WalCheckpointResult(bool Busy, long LogFrames, long CheckpointedFrames);
