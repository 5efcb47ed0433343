namespace WaiaaS.Adapters.Solana.Transactions;

/// <summary>
/// Compiles instructions into a message. Keys are collected in first-seen order (fee payer first, then for each
/// instruction its program and its accounts), roles merged (signer or writable anywhere wins), then grouped into
/// writable signers, read-only signers, writable non-signers and read-only non-signers, keeping first-seen order
/// inside each group (the same order <c>@solana/web3.js</c> <c>TransactionMessage.compileTo…Message</c> produces).
/// </summary>
public static class MessageCompiler
{
    /// <summary>Compiles a message for <paramref name="feePayer"/>.</summary>
    public static SolanaMessage Compile(
        SolanaAddress feePayer,
        IReadOnlyList<SolanaInstruction> instructions,
        string recentBlockhash,
        MessageVersion version = MessageVersion.Legacy)
    {
        ArgumentNullException.ThrowIfNull(instructions);
        var order = new List<SolanaAddress>();
        var roles = new Dictionary<SolanaAddress, (bool Signer, bool Writable)>();

        void Add(SolanaAddress key, bool signer, bool writable)
        {
            if (roles.TryGetValue(key, out var role))
            {
                roles[key] = (role.Signer || signer, role.Writable || writable);
            }
            else
            {
                order.Add(key);
                roles[key] = (signer, writable);
            }
        }

        Add(feePayer, signer: true, writable: true);
        foreach (var instruction in instructions)
        {
            Add(instruction.ProgramId, signer: false, writable: false);
            foreach (var account in instruction.Accounts)
            {
                Add(account.Address, account.IsSigner, account.IsWritable);
            }
        }

        var keys = order.Where(k => roles[k] is (true, true))
            .Concat(order.Where(k => roles[k] is (true, false)))
            .Concat(order.Where(k => roles[k] is (false, true)))
            .Concat(order.Where(k => roles[k] is (false, false)))
            .ToList();
        if (keys.Count > 256)
        {
            throw new InvalidOperationException("A message can reference at most 256 accounts.");
        }

        var index = new Dictionary<SolanaAddress, byte>();
        for (var i = 0; i < keys.Count; i++)
        {
            index[keys[i]] = (byte)i;
        }

        var header = new MessageHeader(
            (byte)order.Count(k => roles[k].Signer),
            (byte)order.Count(k => roles[k] is (true, false)),
            (byte)order.Count(k => roles[k] is (false, false)));
        var compiled = instructions
            .Select(i => new CompiledInstruction(index[i.ProgramId], [.. i.Accounts.Select(a => index[a.Address])], i.Data))
            .ToList();
        return new SolanaMessage(version, header, keys, recentBlockhash, compiled, []);
    }
}
