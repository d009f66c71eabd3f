import { canonicalize } from './jcs.js';
import { multibaseDecode, multibaseEncode, publicKeyFromDidKey } from './multibase.js';

/**
 * W3C Data Integrity `eddsa-jcs-2022` (Recommendation, May 2025):
 *   proofValue = multibase-base58btc( Ed25519( SHA-256(JCS(proof config)) ‖ SHA-256(JCS(document without proof)) ) )
 * The proof config is the proof without `proofValue`, carrying the document's `@context`. Signing takes an injected
 * signer, because the private key lives only with the issuing agency (bin/aman-sign.js, Node's crypto); verifying
 * uses the browser's own Ed25519 (WebCrypto) and, where that is missing, the lazy BigInt fallback of ed25519.ts.
 */
export const CRYPTOSUITE = 'eddsa-jcs-2022';

export type Signer = (data: Uint8Array) => Uint8Array | Promise<Uint8Array>;

export interface DataIntegrityProof {
  type: 'DataIntegrityProof';
  cryptosuite: typeof CRYPTOSUITE;
  created?: string;
  verificationMethod: string;
  proofPurpose: 'assertionMethod';
  '@context'?: unknown;
  proofValue?: string;
}

export type Signed<T> = T & { proof: DataIntegrityProof };

/** Why a proof does not verify. `unknownKey` comes from the caller's key resolver (the trust list). */
export type ProofFailure = 'unsupported' | 'noProof' | 'unsupportedProof' | 'contextMismatch' | 'badSignatureEncoding' | 'unknownKey' | 'tampered' | 'notJcs';

export type ProofResult = { ok: true; verificationMethod: string; publicKey: Uint8Array } | { ok: false; reason: ProofFailure };

const encoder = new TextEncoder();
const sha256 = async (text: string): Promise<Uint8Array> => new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)));

/** The 64 bytes that are signed: the proof config's hash, then the document's. */
export async function hashData(document: object, proofConfig: object): Promise<Uint8Array> {
  const [p, d] = await Promise.all([sha256(canonicalize(proofConfig)), sha256(canonicalize(document))]);
  const out = new Uint8Array(64);
  out.set(p);
  out.set(d, 32);
  return out;
}

/** A copy of `document` with an `eddsa-jcs-2022` proof made by `sign` (the agency's key) for `verificationMethod`. */
export async function createProof<T extends object>(
  document: T,
  options: { verificationMethod: string; created?: string; sign: Signer },
): Promise<Signed<T>> {
  const { proof: _drop, ...unsecured } = document as T & { proof?: unknown };
  const config: DataIntegrityProof = {
    type: 'DataIntegrityProof',
    cryptosuite: CRYPTOSUITE,
    ...(options.created ? { created: options.created } : {}),
    verificationMethod: options.verificationMethod,
    proofPurpose: 'assertionMethod',
    ...('@context' in unsecured ? { '@context': (unsecured as { '@context': unknown })['@context'] } : {}),
  };
  const signature = await options.sign(await hashData(unsecured, config));
  return { ...(unsecured as T), proof: { ...config, proofValue: multibaseEncode(signature) } };
}

/** Ed25519 through WebCrypto; where the browser has none, the lazy fallback (same accept/reject rules). */
export async function verifyEd25519(publicKey: Uint8Array, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  let key: CryptoKey | undefined;
  try {
    key = await crypto.subtle.importKey('raw', publicKey as BufferSource, { name: 'Ed25519' }, false, ['verify']);
  } catch (e) {
    if ((e as Error)?.name === 'DataError') return false; // not a valid Ed25519 point
  }
  if (key && !forceFallback) return crypto.subtle.verify({ name: 'Ed25519' }, key, signature as BufferSource, data as BufferSource);
  const { verifyEd25519Fallback } = await import('./ed25519.js');
  return verifyEd25519Fallback(publicKey, signature, data);
}

let forceFallback = false;
/** Tests only: take the fallback path even where WebCrypto has Ed25519. */
export function useFallbackForTests(on: boolean): void {
  forceFallback = on;
}

/**
 * Checks an `eddsa-jcs-2022` proof. `resolveKey` maps the proof's verification method to a raw public key, or null
 * when the caller does not trust it; the default accepts any did:key (it proves integrity, not who the issuer is:
 * the trust list decides that).
 */
export async function verifyProof(
  secured: unknown,
  resolveKey: (verificationMethod: string) => Uint8Array | null = publicKeyFromDidKey,
): Promise<ProofResult> {
  // No WebCrypto at all (a page served over plain http is not a secure context): say so, rather than throw.
  if (!globalThis.crypto?.subtle) return { ok: false, reason: 'unsupported' };
  if (!secured || typeof secured !== 'object' || Array.isArray(secured)) return { ok: false, reason: 'noProof' };
  const { proof, ...unsecured } = secured as { proof?: DataIntegrityProof } & Record<string, unknown>;
  if (!proof || typeof proof !== 'object') return { ok: false, reason: 'noProof' };
  if (proof.type !== 'DataIntegrityProof' || proof.cryptosuite !== CRYPTOSUITE || proof.proofPurpose !== 'assertionMethod' || typeof proof.verificationMethod !== 'string') {
    return { ok: false, reason: 'unsupportedProof' };
  }
  const { proofValue, ...config } = proof;
  if ('@context' in config) {
    // The proof's context must begin the document's, in order; the document is then hashed with the proof's.
    const own = ([] as unknown[]).concat(unsecured['@context'] ?? []);
    const theirs = ([] as unknown[]).concat(config['@context']);
    if (!theirs.every((c, i) => canonicalize(c) === canonicalize(own[i] ?? null))) return { ok: false, reason: 'contextMismatch' };
    unsecured['@context'] = config['@context'];
  }
  const signature = typeof proofValue === 'string' ? multibaseDecode(proofValue) : null;
  if (!signature || signature.length !== 64) return { ok: false, reason: 'badSignatureEncoding' };
  const publicKey = resolveKey(proof.verificationMethod);
  if (!publicKey) return { ok: false, reason: 'unknownKey' };
  let data: Uint8Array;
  try {
    data = await hashData(unsecured, config);
  } catch {
    return { ok: false, reason: 'notJcs' };
  }
  return (await verifyEd25519(publicKey, signature, data))
    ? { ok: true, verificationMethod: proof.verificationMethod, publicKey }
    : { ok: false, reason: 'tampered' };
}
