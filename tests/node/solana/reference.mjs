// Reference values from @solana/web3.js and @solana/spl-token for the Solana adapter's tests.
// Reads one JSON request on stdin and writes one JSON answer on stdout:
//   request:  { messages: [{ name, version: "legacy"|"v0", payer, blockhash, ops: [...] }],
//               ata: [{ owner, mint, programId }], onCurve: [hex], pda: [{ seeds: [hex], programId }] }
//   answer:   { messages: { name: base64 message bytes }, ata: [address], onCurve: [bool], pda: [[address, bump]] }
// Nothing here touches the network.
import web3 from '@solana/web3.js';
import * as spl from '@solana/spl-token';

const { PublicKey, SystemProgram, ComputeBudgetProgram, TransactionInstruction, TransactionMessage } = web3;
const MEMO_PROGRAM_ID = new PublicKey('MemoSq4gqABAXKb96qnH8TysNcWxMyWCqXgDLGmfcHr');
const key = (s) => new PublicKey(s);

function instruction(op) {
  switch (op.op) {
    case 'transfer':
      return SystemProgram.transfer({ fromPubkey: key(op.from), toPubkey: key(op.to), lamports: BigInt(op.lamports) });
    case 'createAccount':
      return SystemProgram.createAccount({
        fromPubkey: key(op.payer), newAccountPubkey: key(op.newAccount), lamports: Number(op.lamports),
        space: Number(op.space), programId: key(op.owner),
      });
    case 'transferChecked':
      return spl.createTransferCheckedInstruction(key(op.source), key(op.mint), key(op.destination), key(op.owner),
        BigInt(op.amount), op.decimals, [], key(op.programId));
    case 'approveChecked':
      return spl.createApproveCheckedInstruction(key(op.source), key(op.mint), key(op.delegate), key(op.owner),
        BigInt(op.amount), op.decimals, [], key(op.programId));
    case 'createAtaIdempotent': {
      const ata = spl.getAssociatedTokenAddressSync(key(op.mint), key(op.owner), true, key(op.programId));
      return spl.createAssociatedTokenAccountIdempotentInstruction(key(op.payer), ata, key(op.owner), key(op.mint), key(op.programId));
    }
    case 'initializeMint2':
      return spl.createInitializeMint2Instruction(key(op.mint), op.decimals, key(op.mintAuthority),
        op.freezeAuthority ? key(op.freezeAuthority) : null, key(op.programId));
    case 'mintTo':
      return spl.createMintToInstruction(key(op.mint), key(op.destination), key(op.authority), BigInt(op.amount), [], key(op.programId));
    case 'computeUnitLimit':
      return ComputeBudgetProgram.setComputeUnitLimit({ units: op.units });
    case 'computeUnitPrice':
      return ComputeBudgetProgram.setComputeUnitPrice({ microLamports: BigInt(op.microLamports) });
    case 'memo':
      return new TransactionInstruction({
        programId: MEMO_PROGRAM_ID,
        keys: (op.signers ?? []).map((s) => ({ pubkey: key(s), isSigner: true, isWritable: false })),
        data: Buffer.from(op.text, 'utf8'),
      });
    default:
      throw new Error(`unknown op ${op.op}`);
  }
}

function message(m) {
  const tm = new TransactionMessage({ payerKey: key(m.payer), recentBlockhash: m.blockhash, instructions: m.ops.map(instruction) });
  const compiled = m.version === 'v0' ? tm.compileToV0Message() : tm.compileToLegacyMessage();
  return Buffer.from(compiled.serialize()).toString('base64');
}

let input = '';
for await (const chunk of process.stdin) input += chunk;
const request = JSON.parse(input);
const answer = {
  messages: Object.fromEntries((request.messages ?? []).map((m) => [m.name, message(m)])),
  ata: (request.ata ?? []).map((a) => spl.getAssociatedTokenAddressSync(key(a.mint), key(a.owner), true, key(a.programId)).toBase58()),
  onCurve: (request.onCurve ?? []).map((hex) => PublicKey.isOnCurve(Buffer.from(hex, 'hex'))),
  pda: (request.pda ?? []).map((p) => {
    const [address, bump] = PublicKey.findProgramAddressSync(p.seeds.map((s) => Buffer.from(s, 'hex')), key(p.programId));
    return [address.toBase58(), bump];
  }),
};
process.stdout.write(JSON.stringify(answer));
