using System.Collections.Immutable;

namespace WaiaaS.Core.Policies.Rules;

/// <summary>
/// One <c>methods</c> entry: a contract or program and the selectors (<c>0x</c> + 8 lower-case hex digits) allowed on it.
/// Default (no <c>selectors</c> key) means any call to the program, including calls without a selector (Solana).
/// </summary>
public sealed record MethodWhitelistEntry(string Contract, ImmutableArray<string>? Selectors);
