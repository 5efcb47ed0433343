// Minimal reading of Solana wire messages for the server: the blockhash position and compute-budget settings.
import bs58 from './base58.mjs';

export const COMPUTE_BUDGET = 'ComputeBudget111111111111111111111111111111';
// Builtin programs: an instruction of theirs reserves 3,000 compute units by default, any other 200,000.
const BUILTINS = new Set([
  '11111111111111111111111111111111', COMPUTE_BUDGET, 'AddressLookupTab1e1111111111111111111111111',
  'Vote111111111111111111111111111111111111111', 'Stake11111111111111111111111111111111111111',
  'Config1111111111111111111111111111111111111', 'BPFLoader1111111111111111111111111111111111',
  'BPFLoader2111111111111111111111111111111111', 'BPFLoaderUpgradeab1e11111111111111111111111',
  'LoaderV411111111111111111111111111111111111',
]);

function shortVec(bytes, offset) {
  let value = 0;
  for (let i = 0; i < 3; i++) {
    const b = bytes[offset.at++];
    value |= (b & 0x7f) << (7 * i);
    if ((b & 0x80) === 0) return value;
  }
  throw new Error('bad short-vec');
}

/** Splits a transaction into signature count, signatures and message bytes. */
export function splitTransaction(bytes) {
  const offset = { at: 0 };
  const count = shortVec(bytes, offset);
  const signatures = [];
  for (let i = 0; i < count; i++) { signatures.push(bytes.subarray(offset.at, offset.at + 64)); offset.at += 64; }
  return { signatures, message: bytes.subarray(offset.at) };
}

/** Parses the parts of a message the server needs. */
export function parseMessage(message) {
  const offset = { at: 0 };
  const versioned = (message[0] & 0x80) !== 0;
  if (versioned) offset.at++;
  const header = { numRequiredSignatures: message[offset.at], numReadonlySigned: message[offset.at + 1], numReadonlyUnsigned: message[offset.at + 2] };
  offset.at += 3;
  const keyCount = shortVec(message, offset);
  const keys = [];
  for (let i = 0; i < keyCount; i++) { keys.push(bs58.encode(message.subarray(offset.at, offset.at + 32))); offset.at += 32; }
  const blockhashOffset = offset.at;
  const blockhash = bs58.encode(message.subarray(offset.at, offset.at + 32));
  offset.at += 32;
  const instructionCount = shortVec(message, offset);
  const instructions = [];
  for (let i = 0; i < instructionCount; i++) {
    const programIdIndex = message[offset.at++];
    const accounts = shortVec(message, offset); offset.at += accounts;
    const dataLength = shortVec(message, offset);
    const data = message.subarray(offset.at, offset.at + dataLength); offset.at += dataLength;
    instructions.push({ program: keys[programIdIndex], data });
  }
  return { versioned, header, keys, blockhash, blockhashOffset, instructions };
}

/**
 * The fee Solana charges: 5000 lamports per signature plus ceil(unit price x unit limit / 1e6), where the limit,
 * unless set, is 3,000 per builtin instruction plus 200,000 per other instruction (at most 1,400,000).
 */
export function feeFor(parsed) {
  let limit = null;
  let price = 0n;
  let defaultUnits = 0;
  for (const ix of parsed.instructions) {
    defaultUnits += BUILTINS.has(ix.program) ? 3000 : 200000;
    if (ix.program !== COMPUTE_BUDGET) continue;
    const view = Buffer.from(ix.data);
    if (ix.data[0] === 2 && ix.data.length === 5) limit = view.readUInt32LE(1);
    if (ix.data[0] === 3 && ix.data.length === 9) price = view.readBigUInt64LE(1);
  }
  const units = BigInt(limit ?? Math.min(defaultUnits, 1400000));
  const priority = (price * units + 999999n) / 1000000n;
  return 5000n * BigInt(parsed.header.numRequiredSignatures) + priority;
}
