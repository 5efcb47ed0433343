// These tests drive real processes with POSIX signals and find their own processes through /proc: Linux only.
[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]
