// A Solana JSON-RPC server around LiteSVM (the real SVM runtime with the SPL Token and Token-2022 programs), for
// the adapter's tests. It answers the methods the adapter uses with the shapes of Solana's public RPC.
//
//   node tests/node/solana/rpc-server.mjs [port]     (port 0 or none: any free port)
//
// Listens on 127.0.0.1 only and prints one line `listening http://127.0.0.1:<port>` when ready. Exits when stdin
// closes (so it never outlives the test process that started it) or on SIGTERM.
//
// Test-only methods (not part of Solana's RPC; prefixed so they cannot be mistaken for real ones):
//   waiaas_expireBlockhash  -> moves to a new blockhash; every earlier blockhash is no longer valid.
import http from 'node:http';
import bs58 from './base58.mjs';
import { LiteSVM } from 'litesvm';
import { address, getTransactionDecoder, lamports as toLamports } from '@solana/kit';
import { describe, isIncluded, transactionErrorJson } from './errors.mjs';
import { feeFor, parseMessage, splitTransaction } from './wire.mjs';
import { TOKEN_PROGRAMS, isTokenAccount, mintDecimals, parsedTokenAccount, readTokenAccount } from './token-accounts.mjs';

const BLOCKHASH_VALIDITY = 150n;
const svm = new LiteSVM();
const decoder = getTransactionDecoder();
const statuses = new Map(); // signature -> { slot, err }
let slot = 1n;
let blockhashIssuedAt = slot;

class RpcError extends Error {
  constructor(code, message, data) { super(message); this.code = code; this.data = data; }
}

const context = () => ({ apiVersion: '2.3.0', slot });
const lastValidBlockHeight = () => blockhashIssuedAt + BLOCKHASH_VALIDITY;

function pubkey(value) {
  try {
    if (typeof value !== 'string' || bs58.decode(value).length !== 32) throw new Error();
    return address(value);
  } catch { throw new RpcError(-32602, `Invalid param: Invalid`); }
}

function decodeWire(encoded, encoding) {
  if (typeof encoded !== 'string') throw new RpcError(-32602, 'Invalid params: expected an encoded transaction');
  try { return encoding === 'base64' ? new Uint8Array(Buffer.from(encoded, 'base64')) : bs58.decode(encoded); }
  catch { throw new RpcError(-32602, `invalid transaction: failed to decode ${encoding ?? 'base58'} string`); }
}

function accountJson(account, encoding) {
  if (!account.exists) return null;
  const data = Buffer.from(account.data);
  const owner = account.programAddress;
  let encoded = [data.toString('base64'), 'base64'];
  if (encoding === 'jsonParsed' && TOKEN_PROGRAMS[owner] && isTokenAccount(account.data)) {
    const token = readTokenAccount(account.data);
    const mint = svm.getAccount(address(token.mint));
    encoded = parsedTokenAccount(TOKEN_PROGRAMS[owner], token, mint.exists ? mintDecimals(mint.data) : 0);
  }
  return { data: encoded, executable: account.executable, lamports: BigInt(account.lamports), owner, rentEpoch: 18446744073709551615n, space: data.length };
}

function simulationValue(result, replacement) {
  const failed = typeof result.err === 'function';
  const meta = result.meta();
  return {
    accounts: null,
    err: failed ? transactionErrorJson(result.err()) : null,
    innerInstructions: null,
    loadedAccountsDataSize: 0,
    logs: meta.logs(),
    replacementBlockhash: replacement,
    returnData: null,
    unitsConsumed: meta.computeUnitsConsumed(),
  };
}

function simulate(bytes, { sigVerify = false, replaceRecentBlockhash = false } = {}) {
  let replacement = null;
  if (replaceRecentBlockhash) {
    const { message } = splitTransaction(bytes);
    const parsed = parseMessage(message);
    message.set(bs58.decode(svm.latestBlockhash()), parsed.blockhashOffset);
    replacement = { blockhash: svm.latestBlockhash(), lastValidBlockHeight: lastValidBlockHeight() };
  }
  svm.withSigverify(sigVerify);
  try { return simulationValue(svm.simulateTransaction(decoder.decode(bytes)), replacement); }
  finally { svm.withSigverify(true); }
}

function record(signature, err) {
  slot += 1n;
  statuses.set(signature, { slot, err });
}

function sendTransaction(bytes, config) {
  const signature = bs58.encode(splitTransaction(bytes).signatures[0]);
  if (!config.skipPreflight) {
    const value = simulate(bytes, { sigVerify: true });
    if (value.err === 'SignatureFailure') throw new RpcError(-32003, 'Transaction signature verification failure');
    if (value.err !== null) throw new RpcError(-32002, `Transaction simulation failed: ${describe(value.err)}`, value);
  }
  const result = svm.sendTransaction(decoder.decode(bytes));
  if (typeof result.err !== 'function') { record(signature, null); return signature; }
  const err = transactionErrorJson(result.err());
  if (isIncluded(err)) record(signature, err); // failed on chain, fee charged; otherwise dropped like a real leader would
  return signature;
}

const methods = {
  getHealth: () => 'ok',
  getVersion: () => ({ 'solana-core': 'litesvm-1.5.0', 'feature-set': 0 }),
  getSlot: () => slot,
  getBlockHeight: () => slot,
  getLatestBlockhash: () => ({ context: context(), value: { blockhash: svm.latestBlockhash(), lastValidBlockHeight: lastValidBlockHeight() } }),
  isBlockhashValid: ([blockhash]) => ({ context: context(), value: blockhash === svm.latestBlockhash() }),
  getBalance: ([key]) => ({ context: context(), value: BigInt(svm.getBalance(pubkey(key)) ?? 0n) }),
  getAccountInfo: ([key, config = {}]) => ({ context: context(), value: accountJson(svm.getAccount(pubkey(key)), config.encoding ?? 'base64') }),
  getMinimumBalanceForRentExemption: ([size]) => svm.minimumBalanceForRentExemption(BigInt(size ?? 0)),
  getFeeForMessage: ([encoded]) => {
    const parsed = parseMessage(decodeWire(encoded, 'base64'));
    return { context: context(), value: parsed.blockhash === svm.latestBlockhash() ? feeFor(parsed) : null };
  },
  getTokenAccountsByOwner: ([owner, filter = {}, config = {}]) => {
    const ownerKey = pubkey(owner);
    if (!filter.programId && !filter.mint) throw new RpcError(-32602, 'Invalid params: expected mint or programId');
    const programs = filter.programId ? [pubkey(filter.programId)] : Object.keys(TOKEN_PROGRAMS);
    if (!programs.every((p) => TOKEN_PROGRAMS[p])) throw new RpcError(-32602, 'Invalid param: unrecognized Token program id');
    const value = [];
    for (const program of programs) {
      for (const account of svm.getProgramAccounts(address(program))) {
        if (!isTokenAccount(account.data)) continue;
        const token = readTokenAccount(account.data);
        if (token.owner !== ownerKey || (filter.mint && token.mint !== filter.mint)) continue;
        value.push({ pubkey: account.address, account: accountJson({ ...account, exists: true }, config.encoding ?? 'base64') });
      }
    }
    return { context: context(), value };
  },
  simulateTransaction: ([encoded, config = {}]) => {
    if (config.sigVerify && config.replaceRecentBlockhash) throw new RpcError(-32602, 'sigVerify may not be used with replaceRecentBlockhash');
    return { context: context(), value: simulate(decodeWire(encoded, config.encoding), config) };
  },
  sendTransaction: ([encoded, config = {}]) => sendTransaction(decodeWire(encoded, config.encoding), config),
  getSignatureStatuses: ([signatures]) => ({
    context: context(),
    value: (signatures ?? []).map((s) => {
      const status = statuses.get(s);
      if (!status) return null;
      return { slot: status.slot, confirmations: null, err: status.err, status: status.err === null ? { Ok: null } : { Err: status.err }, confirmationStatus: 'finalized' };
    }),
  }),
  requestAirdrop: ([key, amount]) => {
    const result = svm.airdrop(pubkey(key), toLamports(BigInt(amount)));
    if (!result || typeof result.err === 'function') throw new RpcError(-32603, 'airdrop failed');
    const signature = bs58.encode(result.signature());
    record(signature, null);
    return signature;
  },
  waiaas_expireBlockhash: () => {
    svm.expireBlockhash();
    blockhashIssuedAt = slot;
    return { blockhash: svm.latestBlockhash(), lastValidBlockHeight: lastValidBlockHeight() };
  },
};

function handle(request) {
  const id = request?.id ?? null;
  if (!request || request.jsonrpc !== '2.0' || typeof request.method !== 'string') {
    return { jsonrpc: '2.0', error: { code: -32600, message: 'Invalid request' }, id };
  }
  const method = methods[request.method];
  if (!method) return { jsonrpc: '2.0', error: { code: -32601, message: 'Method not found' }, id };
  try {
    return { jsonrpc: '2.0', result: method(request.params ?? []), id };
  } catch (e) {
    if (e instanceof RpcError) return { jsonrpc: '2.0', error: { code: e.code, message: e.message, ...(e.data ? { data: e.data } : {}) }, id };
    return { jsonrpc: '2.0', error: { code: -32603, message: `Internal error: ${e.message}` }, id };
  }
}

// u64 values (lamports, rentEpoch) are written as exact JSON integers, as the real RPC does.
const stringify = (value) => JSON.stringify(value, (_, v) => (typeof v === 'bigint' ? `__u64__${v}` : v)).replace(/"__u64__(\d+)"/g, '$1');

const server = http.createServer((req, res) => {
  if (req.method !== 'POST') { res.writeHead(405).end(); return; }
  let body = '';
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    let reply;
    try {
      const parsed = JSON.parse(body);
      reply = Array.isArray(parsed) ? parsed.map(handle) : handle(parsed);
    } catch {
      reply = { jsonrpc: '2.0', error: { code: -32700, message: 'Parse error' }, id: null };
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(stringify(reply));
  });
});

const port = Number(process.argv[2] ?? 0);
server.listen(port, '127.0.0.1', () => {
  process.stdout.write(`listening http://127.0.0.1:${server.address().port}\n`);
});
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
process.on('SIGTERM', () => process.exit(0));
