import { RESULT_FORMAT, type TrainingResult } from '../core/training-result.js';
import { OB3_CONTEXT, type Issuer, type OpenBadgeCredential } from './credential.js';
import { keyIdOf } from './trust.js';
import type { CompactClaims } from './compact.js';

/**
 * The issuing side (aman-sign, in Node; tests): a TrainingResult checked and turned into the unsigned Open Badges 3.0
 * credential and the claims of its compact code. Apart from credential.ts so that the browser's check never
 * carries it.
 */
export type ResultProblem = { path: string; problem: 'notObject' | 'format' | 'missing' | 'type' | 'integer' | 'date' | 'range' };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Null when `data` is a TrainingResult that can be signed; else the first problem and its JSON path. */
export function checkTrainingResult(data: unknown): ResultProblem | null {
  const r = data as Record<string, any>;
  if (!r || typeof r !== 'object' || Array.isArray(r)) return { path: '', problem: 'notObject' };
  if (r.format !== RESULT_FORMAT) return { path: 'format', problem: 'format' };
  const need: [string, unknown, string][] = [
    ['attemptId', r.attemptId, 'string'], ['pack', r.pack, 'object'], ['pack.id', r.pack?.id, 'string'],
    ['pack.version', r.pack?.version, 'string'], ['pack.lang', r.pack?.lang, 'string'], ['pack.title', r.pack?.title, 'string'],
    ['role', r.role, 'object'], ['role.id', r.role?.id, 'string'], ['role.title', r.role?.title, 'string'],
    ['startedAt', r.startedAt, 'string'], ['completedAt', r.completedAt, 'string'], ['score', r.score, 'number'],
    ['maxScore', r.maxScore, 'number'], ['passed', r.passed, 'boolean'], ['competencies', r.competencies, 'object'],
  ];
  for (const [path, v, type] of need) {
    if (v === undefined || v === null) return { path, problem: 'missing' };
    if (typeof v !== type) return { path, problem: 'type' };
  }
  if (!UUID.test(r.attemptId)) return { path: 'attemptId', problem: 'format' };
  for (const k of ['startedAt', 'completedAt']) if (!ISO.test(r[k]) || Number.isNaN(Date.parse(r[k]))) return { path: k, problem: 'date' };
  for (const k of ['score', 'maxScore']) if (!Number.isSafeInteger(r[k])) return { path: k, problem: 'integer' };
  if (r.maxScore < 0 || r.score > r.maxScore) return { path: 'score', problem: 'range' };
  if (r.trainee !== undefined && (typeof r.trainee !== 'object' || typeof r.trainee?.name !== 'string')) return { path: 'trainee.name', problem: 'type' };
  if (!Array.isArray(r.competencies)) return { path: 'competencies', problem: 'type' };
  for (const [i, c] of r.competencies.entries()) {
    const at = `competencies[${i}]`;
    if (!c || typeof c.id !== 'string' || typeof c.title !== 'string') return { path: at, problem: 'type' };
    if (!Number.isSafeInteger(c.score) || !Number.isSafeInteger(c.maxScore)) return { path: `${at}.score`, problem: 'integer' };
  }
  return null;
}

/** The achievement's id: one per case, version and role, the same for every trainee who takes that role. */
export const achievementId = (r: TrainingResult): string =>
  `urn:aman:training:${encodeURIComponent(r.pack.id)}:${encodeURIComponent(r.pack.version)}:${encodeURIComponent(r.role.id)}`;

/**
 * The unsigned credential for `result`, issued by `issuer` at `issued`. `words` are the few fixed phrases of the
 * achievement in the pack's language (the CLI passes its locale's).
 */
export function buildCredential(
  result: TrainingResult,
  issuer: Issuer,
  issued: Date,
  words: { criteria: string; description: string } = {
    criteria: 'Menempuh simulasi kasus ini dalam peran tersebut dan mencapai batas lulus paket.',
    description: 'Pelatihan prosedur bersama penanganan kasus kekerasan seksual terhadap anak (Aman).',
  },
): OpenBadgeCredential {
  const achievement = achievementId(result);
  const name = `${result.pack.title} — ${result.role.title}`;
  return {
    '@context': OB3_CONTEXT,
    id: `urn:uuid:${result.attemptId.toLowerCase()}`,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    name,
    issuer: { id: issuer.id, type: ['Profile'], name: issuer.name, ...(issuer.url ? { url: issuer.url } : {}) },
    validFrom: issued.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    credentialSubject: {
      type: ['AchievementSubject'],
      ...(result.trainee?.name
        ? { identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: result.trainee.name }] }
        : {}),
      role: result.role.title,
      activityStartDate: result.startedAt,
      activityEndDate: result.completedAt,
      achievement: {
        id: achievement,
        type: ['Achievement'],
        achievementType: 'Competency',
        name,
        description: words.description,
        criteria: { narrative: words.criteria },
        inLanguage: result.pack.lang,
        version: result.pack.version,
        resultDescription: [
          { id: `${achievement}#total`, type: ['ResultDescription'], name: 'total', resultType: 'RawScore' },
          { id: `${achievement}#status`, type: ['ResultDescription'], name: 'status', resultType: 'Status' },
          ...result.competencies.map((c) => ({
            id: `${achievement}#${encodeURIComponent(c.id)}`,
            type: ['ResultDescription'] as ['ResultDescription'],
            name: c.title,
            resultType: 'RawScore' as const,
          })),
        ],
      },
      result: [
        { type: ['Result'], resultDescription: `${achievement}#total`, value: `${result.score}/${result.maxScore}` },
        { type: ['Result'], resultDescription: `${achievement}#status`, status: result.passed ? 'Completed' : 'Failed' },
        ...result.competencies.map((c) => ({
          type: ['Result'] as ['Result'],
          resultDescription: `${achievement}#${encodeURIComponent(c.id)}`,
          value: `${c.score}/${c.maxScore}`,
        })),
      ],
    },
  };
}

/** The claims of the compact code for the same result and signing. */
export function claimsFromResult(result: TrainingResult, issuerDid: string, issued: Date): CompactClaims {
  return {
    attemptId: result.attemptId.toLowerCase(),
    packId: result.pack.id,
    packVersion: result.pack.version,
    roleId: result.role.id,
    name: result.trainee?.name ?? '',
    passed: result.passed,
    score: result.score,
    maxScore: result.maxScore,
    // The signing computer's own calendar day (an agency in WIB signing at 06:00 signs "today", not UTC's yesterday).
    issued: `${issued.getFullYear()}-${String(issued.getMonth() + 1).padStart(2, '0')}-${String(issued.getDate()).padStart(2, '0')}`,
    kid: keyIdOf(issuerDid),
  };
}

