/** base58btc (the Bitcoin alphabet) and the multibase / did:key forms that Data Integrity proofs use. */
const ALPHABET = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';

export function base58Encode(bytes: Uint8Array): string {
  const digits: number[] = [];
  for (const byte of bytes) {
    let carry = byte;
    for (let i = 0; i < digits.length; i++) {
      carry += digits[i]! << 8;
      digits[i] = carry % 58;
      carry = (carry / 58) | 0;
    }
    while (carry) {
      digits.push(carry % 58);
      carry = (carry / 58) | 0;
    }
  }
  let out = '';
  for (const byte of bytes) {
    if (byte) break;
    out += '1';
  }
  for (let i = digits.length - 1; i >= 0; i--) out += ALPHABET[digits[i]!];
  return out;
}

/** Null when `text` holds a character outside the alphabet. */
export function base58Decode(text: string): Uint8Array | null {
  const bytes: number[] = [];
  for (const ch of text) {
    let carry = ALPHABET.indexOf(ch);
    if (carry < 0) return null;
    for (let i = 0; i < bytes.length; i++) {
      carry += bytes[i]! * 58;
      bytes[i] = carry & 0xff;
      carry >>= 8;
    }
    while (carry) {
      bytes.push(carry & 0xff);
      carry >>= 8;
    }
  }
  for (const ch of text) {
    if (ch !== '1') break;
    bytes.push(0);
  }
  return Uint8Array.from(bytes.reverse());
}

/** Multibase base58btc: the `z` prefix. */
export const multibaseEncode = (bytes: Uint8Array): string => `z${base58Encode(bytes)}`;
export const multibaseDecode = (text: string): Uint8Array | null => (text.startsWith('z') ? base58Decode(text.slice(1)) : null);

/** The multicodec prefix of an Ed25519 public key (0xed, as an unsigned varint). */
const ED25519_PUB = [0xed, 0x01];

/** `did:key:z6Mk…` for a raw 32-byte Ed25519 public key. */
export function didKeyFromPublicKey(raw: Uint8Array): string {
  if (raw.length !== 32) throw new RangeError('an Ed25519 public key has 32 bytes');
  return `did:key:${multibaseEncode(Uint8Array.from([...ED25519_PUB, ...raw]))}`;
}

/**
 * The raw Ed25519 public key named by a did:key (`did:key:z6Mk…`, with or without the `#z6Mk…` fragment that a
 * verification method adds) or by a bare `z6Mk…` multibase key; null for anything else.
 */
export function publicKeyFromDidKey(id: string): Uint8Array | null {
  const m = /^(?:did:key:)?(z6Mk[1-9A-HJ-NP-Za-km-z]+)(?:#(z6Mk[1-9A-HJ-NP-Za-km-z]+))?$/.exec(id);
  if (!m || (m[2] && m[2] !== m[1])) return null;
  const bytes = multibaseDecode(m[1]!);
  if (!bytes || bytes.length !== 34 || bytes[0] !== ED25519_PUB[0] || bytes[1] !== ED25519_PUB[1]) return null;
  return bytes.slice(2);
}

/** The verification method of a did:key: the DID, `#`, and its own key again (did:key method, §3.1.2). */
export const verificationMethodOf = (did: string): string => `${did}#${did.slice('did:key:'.length)}`;

export function base64urlEncode(bytes: Uint8Array): string {
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Null when `text` is not base64url (no padding, no `+` or `/`). */
export function base64urlDecode(text: string): Uint8Array | null {
  if (!/^[\w-]*$/.test(text) || text.length % 4 === 1) return null;
  const bin = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}
