import { verifyProof, type DataIntegrityProof, type ProofFailure } from './eddsa-jcs.js';
import { publicKeyFromDidKey } from './multibase.js';
import { findTrustedKey, type TrustedKey, type TrustList } from './trust.js';

/**
 * A TrainingResult as an Open Badges 3.0 `OpenBadgeCredential` (a W3C Verifiable Credential 2.0): the issuer is the
 * agency that signs (its did:key, name and web address), the achievement is the case + role, its result
 * descriptions are the competencies, and the subject's results carry the scores as "earned/max" strings (OB 3.0
 * result values are strings), so no number in the signed document is a fraction.
 */
export const CERTIFICATE_FORMAT = 'aman-certificate/1';
export const OB3_CONTEXT = ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'];

export interface Issuer {
  /** did:key of the agency's signing key. */
  id: string;
  name: string;
  url?: string;
}

export interface OpenBadgeCredential {
  '@context': string[];
  id: string;
  type: ['VerifiableCredential', 'OpenBadgeCredential'];
  name: string;
  issuer: { id: string; type: ['Profile']; name: string; url?: string };
  validFrom: string;
  credentialSubject: {
    type: ['AchievementSubject'];
    identifier?: { type: 'IdentityObject'; identityType: 'name'; hashed: false; identityHash: string }[];
    role: string;
    activityStartDate: string;
    activityEndDate: string;
    achievement: {
      id: string;
      type: ['Achievement'];
      achievementType: 'Competency';
      name: string;
      description: string;
      criteria: { narrative: string };
      inLanguage: string;
      version: string;
      resultDescription: { id: string; type: ['ResultDescription']; name: string; resultType: 'RawScore' | 'Status' }[];
    };
    result: { type: ['Result']; resultDescription: string; value?: string; status?: 'Completed' | 'Failed' }[];
  };
  proof?: DataIntegrityProof;
}

/** What `aman-sign` writes beside each result: `<result>.certificate.json`. */
export interface CertificateFile {
  format: typeof CERTIFICATE_FORMAT;
  credential: OpenBadgeCredential & { proof: DataIntegrityProof };
  code: string;
}

export type CredentialFailure = ProofFailure | 'notCredential' | 'issuerMismatch' | 'notYetValid';
export type CredentialCheck = { ok: true; issuer: TrustedKey; credential: OpenBadgeCredential } | { ok: false; reason: CredentialFailure };

/**
 * Checks a signed credential offline: its proof must verify with a did:key from the trust list, and that key must
 * be the credential's issuer (else a trusted agency's key could vouch for a credential naming another agency).
 */
export async function checkCredential(data: unknown, trust: TrustList, now: Date = new Date()): Promise<CredentialCheck> {
  const c = data as OpenBadgeCredential | null;
  if (!c || typeof c !== 'object' || !Array.isArray(c.type) || !c.type.includes('OpenBadgeCredential') || typeof c.issuer?.id !== 'string') {
    return { ok: false, reason: 'notCredential' };
  }
  let issuer: TrustedKey | undefined;
  const proof = await verifyProof(c, (vm) => {
    issuer = findTrustedKey(trust, vm);
    return issuer && vm === `${issuer.id}#${issuer.id.slice(8)}` ? publicKeyFromDidKey(issuer.id) : null;
  });
  if (!proof.ok) return proof;
  if (!issuer || c.issuer.id !== issuer.id) return { ok: false, reason: 'issuerMismatch' };
  // Some slack for the clocks of the signing computer and of the checking phone, as for the code's date.
  if (!(Date.parse(c.validFrom) <= now.getTime() + 14 * 3600_000)) return { ok: false, reason: 'notYetValid' };
  return { ok: true, issuer, credential: c };
}

