import { canonicalize } from './jcs.js';
import { base64urlDecode, base64urlEncode, publicKeyFromDidKey } from './multibase.js';
import { verifyEd25519, type Signer } from './eddsa-jcs.js';
import type { TrustedKey, TrustList } from './trust.js';

/**
 * The compact signed code printed as a QR on the certificate: `AMN1.<payload>.<signature>`, both base64url.
 * The payload is the JCS of a fixed-order array (a few claims, not the whole credential), the signature is
 * Ed25519 over the UTF-8 of `AMN1.<payload>` by the same agency key that signed the credential. About 230–280
 * characters: QR version 10–12 at error correction M, which prints at a scannable size on A4.
 */
export const CODE_PREFIX = 'AMN1';
/** The trainee's name is cut to this many characters in the code (the credential keeps it whole). */
export const CODE_NAME_MAX = 40;

export interface CompactClaims {
  attemptId: string;
  packId: string;
  packVersion: string;
  roleId: string;
  /** Empty when the trainee gave none. */
  name: string;
  passed: boolean;
  score: number;
  maxScore: number;
  /** YYYY-MM-DD, the day the agency signed, on the signing computer's calendar. */
  issued: string;
  /** keyIdOf(the agency's did:key). */
  kid: string;
}

export type CodeFailure = 'unsupported' | 'empty' | 'malformed' | 'truncated' | 'tampered' | 'unknownKey' | 'notYetValid';
export type CheckResult = { ok: true; claims: CompactClaims; issuer: TrustedKey } | { ok: false; reason: CodeFailure };

const encoder = new TextEncoder();

/** The code for `claims`, signed by `sign` (Node's crypto.sign with the agency key in aman-sign). */
export async function encodeCompact(claims: CompactClaims, sign: Signer): Promise<string> {
  const c = claims;
  for (const n of [c.score, c.maxScore]) if (!Number.isSafeInteger(n)) throw new RangeError('a compact code holds integer scores only');
  const array = [c.attemptId, c.packId, c.packVersion, c.roleId, [...c.name].slice(0, CODE_NAME_MAX).join(''), c.passed ? 1 : 0, c.score, c.maxScore, c.issued, c.kid];
  const head = `${CODE_PREFIX}.${base64urlEncode(encoder.encode(canonicalize(array)))}`;
  return `${head}.${base64urlEncode(await sign(encoder.encode(head)))}`;
}

/** The code inside what a person pastes: the code itself, or a link carrying `#cert=<code>`. */
export function codeFromInput(input: string): string {
  const text = input.trim();
  const m = /[#&]cert=([\w.-]*)/.exec(text);
  return (m ? m[1]! : text).replace(/\s+/g, '');
}

type Decoded = { ok: true; claims: CompactClaims; signed: Uint8Array; signature: Uint8Array } | { ok: false; reason: CodeFailure };

/** Reads a code without checking its signature. */
export function decodeCompact(input: string): Decoded {
  const code = codeFromInput(input);
  if (!code) return { ok: false, reason: 'empty' };
  const prefix = `${CODE_PREFIX}.`;
  if (!code.startsWith(prefix)) return { ok: false, reason: prefix.startsWith(code) ? 'truncated' : 'malformed' };
  const parts = code.split('.');
  if (parts.length < 3) return { ok: false, reason: 'truncated' };
  if (parts.length > 3) return { ok: false, reason: 'malformed' };
  const signature = base64urlDecode(parts[2]!);
  // A code cut short loses the end of its signature first (a QR that was partly covered, a link cut by a chat app).
  if (parts[2]!.length < 86) return { ok: false, reason: 'truncated' };
  if (!signature || signature.length !== 64) return { ok: false, reason: 'malformed' };
  const bytes = base64urlDecode(parts[1]!);
  let a: unknown;
  try {
    a = bytes && JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, reason: 'tampered' };
  }
  const s = (i: number): boolean => Array.isArray(a) && typeof a[i] === 'string';
  const n = (i: number): boolean => Array.isArray(a) && Number.isSafeInteger(a[i]);
  if (!Array.isArray(a) || a.length !== 10 || ![0, 1, 2, 3, 4, 8, 9].every(s) || ![5, 6, 7].every(n) || !/^\d{4}-\d{2}-\d{2}$/.test(a[8])) {
    return { ok: false, reason: 'tampered' };
  }
  const claims: CompactClaims = {
    attemptId: a[0], packId: a[1], packVersion: a[2], roleId: a[3], name: a[4],
    passed: a[5] === 1, score: a[6], maxScore: a[7], issued: a[8], kid: a[9],
  };
  return { ok: true, claims, signed: encoder.encode(`${parts[0]}.${parts[1]}`), signature };
}

/**
 * The latest calendar date anywhere on Earth at `now` (UTC+14): a code is "not yet valid" only when its day has not
 * begun in any time zone, so a code signed in the morning in WIT is valid at once on a device set to UTC.
 */
const latestToday = (now: Date): string => new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);

/**
 * Checks a code (or a `#cert=` link) offline against the trust list: `truncated`, `malformed`, `tampered` (any
 * character of the payload changed), `unknownKey` (signed by a key not in the list), `notYetValid` (issued after
 * today on this device's clock). `ok` proves which agency signed these claims — not who did the training.
 */
export async function checkCode(input: string, trust: TrustList, now: Date = new Date()): Promise<CheckResult> {
  const d = decodeCompact(input);
  if (!d.ok) return d;
  if (!globalThis.crypto?.subtle) return { ok: false, reason: 'unsupported' };
  // The key id is short: should two trusted keys share it, the signature tells which one signed.
  const candidates = trust.keys.filter((k) => k.id.length > 16 && k.id.endsWith(d.claims.kid) && d.claims.kid.length >= 8);
  if (!candidates.length) return { ok: false, reason: 'unknownKey' };
  let issuer: TrustedKey | undefined;
  for (const k of candidates) {
    const key = publicKeyFromDidKey(k.id);
    if (key && (await verifyEd25519(key, d.signature, d.signed))) {
      issuer = k;
      break;
    }
  }
  if (!issuer) return { ok: false, reason: 'tampered' };
  if (d.claims.issued > latestToday(now)) return { ok: false, reason: 'notYetValid' };
  return { ok: true, claims: d.claims, issuer };
}
