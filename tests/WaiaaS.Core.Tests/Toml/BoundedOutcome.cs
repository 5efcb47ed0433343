namespace WaiaaS.Core.Tests.Toml;

/// <summary>The outcome of <see cref="BoundedRun.Run{T}"/>.</summary>
internal readonly record struct BoundedOutcome<T>(bool TimedOut, T? Result, Exception? Failure);
