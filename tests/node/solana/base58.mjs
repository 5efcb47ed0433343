// Base58 (Bitcoin alphabet) for the server's signatures, blockhashes and keys; kept here so the server depends only
// on the pinned packages it names.
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const VALUES = new Map([...ALPHABET].map((c, i) => [c, BigInt(i)]));

export function encode(bytes) {
  let zeros = 0;
  while (zeros < bytes.length && bytes[zeros] === 0) zeros++;
  let n = 0n;
  for (const b of bytes) n = (n << 8n) | BigInt(b);
  let text = '';
  while (n > 0n) { text = ALPHABET[Number(n % 58n)] + text; n /= 58n; }
  return '1'.repeat(zeros) + text;
}

export function decode(text) {
  let ones = 0;
  while (ones < text.length && text[ones] === '1') ones++;
  let n = 0n;
  for (const c of text) {
    const v = VALUES.get(c);
    if (v === undefined) throw new Error('not base58');
    n = n * 58n + v;
  }
  const bytes = [];
  while (n > 0n) { bytes.unshift(Number(n & 0xffn)); n >>= 8n; }
  return new Uint8Array([...new Array(ones).fill(0), ...bytes]);
}

export default { encode, decode };
