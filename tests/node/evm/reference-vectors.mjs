// Reference values from independent implementations (@noble/hashes keccak_256, @noble/curves secp256k1, both pinned
// through tests/node/package-lock.json) for the EVM adapter's differential tests. Prints JSON on stdout.
import { keccak_256 } from '@noble/hashes/sha3';
import { secp256k1 } from '@noble/curves/secp256k1';

const hex = (bytes) => Buffer.from(bytes).toString('hex');
const pattern = (length) => Uint8Array.from({ length }, (_, i) => (i * 7 + length) % 256);

const keccak = [];
for (let length = 0; length <= 300; length++) {
  keccak.push({ length, hash: hex(keccak_256(pattern(length))) });
}

const keys = [];
for (let i = 1; i <= 24; i++) {
  const privateKey = keccak_256(new TextEncoder().encode(`waiaas-differential-key-${i}`));
  const publicKey = secp256k1.getPublicKey(privateKey, false);
  const digest = keccak_256(new TextEncoder().encode(`waiaas-differential-message-${i}`));
  const signature = secp256k1.sign(digest, privateKey); // RFC 6979, low-S
  keys.push({
    privateKey: hex(privateKey),
    publicKey: hex(publicKey),
    address: hex(keccak_256(publicKey.slice(1)).slice(12)),
    digest: hex(digest),
    r: signature.r.toString(16).padStart(64, '0'),
    s: signature.s.toString(16).padStart(64, '0'),
    recovery: signature.recovery,
  });
}

process.stdout.write(JSON.stringify({ keccak, keys }));
