import { RESULT_FORMAT } from '../core/training-result.js';
import { checkCode, type CheckResult, type CodeFailure } from './compact.js';
import { CERTIFICATE_FORMAT, checkCredential, type CredentialFailure } from './credential.js';
import type { TrustList } from './trust.js';

/** Everything "check a certificate" can answer; `unsigned` carries the result's reference number. */
export type CheckOutcome =
  | Extract<CheckResult, { ok: true }>
  | { ok: false; reason: CodeFailure | CredentialFailure | 'codeMismatch' | 'fileUnreadable' }
  | { ok: false; reason: 'unsigned'; attemptId: string };

/**
 * Checks what a person brought: a pasted code or `#cert=` link (a string), or the parsed JSON of a file — a
 * certificate file from aman-sign (its credential's proof and its code must both verify, with the same key, for
 * the same attempt), or an unsigned TrainingResult (never valid: its attempt id is a reference number, not a proof).
 */
export async function checkInput(input: unknown, trust: TrustList, now: Date = new Date()): Promise<CheckOutcome> {
  if (typeof input === 'string') return checkCode(input, trust, now);
  const file = input as { format?: unknown; credential?: unknown; code?: unknown; attemptId?: unknown } | null;
  if (file?.format === RESULT_FORMAT && typeof file.attemptId === 'string') return { ok: false, reason: 'unsigned', attemptId: file.attemptId };
  if (file?.format !== CERTIFICATE_FORMAT || typeof file.code !== 'string') return { ok: false, reason: 'notCredential' };
  const credential = await checkCredential(file.credential, trust, now);
  if (!credential.ok) return credential;
  const code = await checkCode(file.code, trust, now);
  if (!code.ok) return code;
  if (`urn:uuid:${code.claims.attemptId}` !== credential.credential.id || code.issuer.id !== credential.issuer.id) {
    return { ok: false, reason: 'codeMismatch' };
  }
  return code;
}
