import type { TrainingResult } from '../core/training-result.js';

/**
 * A training result as xAPI 1.0.3 statements, for an agency's Learning Record Store (docs/xapi.md). Plain xAPI, not
 * cmi5: no LMS launches Aman. The actor is a pseudonymous account; the name the trainee may have typed never goes
 * into a statement. Pure: the same result and options always give the same statements, ids included, so an LRS
 * stores an attempt once however often it is sent or exported again.
 */

export const XAPI_VERSION = '1.0.3';

export interface StatementOptions {
  /** The agency's system that issues the account names (an IRL, e.g. `https://lms.dinas-pppa.example`). */
  homePage: string;
  /** A pseudonym or staff number: never the trainee's name. */
  accountName: string;
  /** Where the training's activity ids live, e.g. `https://dinas-pppa.example/aman/training`. */
  activityBase: string;
}

export type LanguageMap = Record<string, string>;

export interface Activity {
  objectType: 'Activity';
  id: string;
  definition: {
    type: string;
    name?: LanguageMap;
    interactionType?: 'choice';
  };
}

export interface Score {
  raw: number;
  min?: number;
  max: number;
  scaled?: number;
}

export interface Statement {
  id: string;
  actor: { objectType: 'Agent'; account: { homePage: string; name: string } };
  verb: { id: string; display: LanguageMap };
  object: Activity;
  result?: { score?: Score; success?: boolean; completion?: boolean; response?: string; duration?: string };
  context: {
    registration: string;
    language: string;
    platform: string;
    contextActivities: { parent?: Activity[]; grouping: Activity[] };
  };
  timestamp: string;
}

const ADL = 'http://adlnet.gov/expapi/';

/** ADL verbs, with their English display (Indonesian LRS reports have none; the id is what counts). */
const verb = (name: string) => ({ id: `${ADL}verbs/${name}`, display: { 'en-US': name } });

function activity(id: string, type: string, name?: string, lang?: string): Activity {
  return { objectType: 'Activity', id, definition: { type: ADL + 'activities/' + type, ...(name ? { name: { [lang!]: name } } : {}) } };
}

/** An absolute http(s) URL, or a clear error: a relative `activityBase` would make every statement invalid. */
function absolute(url: string, what: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new TypeError(`xAPI: ${what} must be an absolute URL, got "${url}"`);
  }
  if (!/^https?:$/.test(u.protocol)) throw new TypeError(`xAPI: ${what} must be http(s), got "${url}"`);
  return url.replace(/\/+$/, '');
}

const segment = encodeURIComponent;

/**
 * `earned / most`, within −1..1 as xAPI requires (negative points can take a score below zero). Raw must lie within
 * min..max or the LRS refuses the statement: a result that claims more than its maximum reports the raw as maximum.
 */
function score(raw: number, most: number): Score {
  const max = Math.max(raw, most);
  const s: Score = { raw, max };
  if (raw >= 0) s.min = 0; // with negative points the real minimum is unknown: better none than a wrong one
  if (max > 0) s.scaled = Math.max(-1, Math.min(1, Math.round((raw / max) * 1e4) / 1e4));
  return s;
}

/** ISO 8601 duration between two date-times, to the centisecond (as cmi5 asks), `PT0S` at least. */
function duration(from: string, to: string): string {
  const ms = Math.max(0, Date.parse(to) - Date.parse(from)) || 0;
  const h = Math.floor(ms / 3.6e6);
  const m = Math.floor((ms % 3.6e6) / 6e4);
  const s = Math.round((ms % 6e4) / 10) / 100;
  return `PT${h ? h + 'H' : ''}${m ? m + 'M' : ''}${s}S`;
}

/**
 * A UUID v4-shaped id derived from `seed` (cyrb128: four mixed 32-bit hashes). The attempt id it starts from is
 * random, so ids do not collide between attempts; a statement keeps its id across re-sends and re-exports, which is
 * what makes a re-send idempotent at the LRS. Synchronous and without `crypto.subtle`, which plain-http intranet
 * pages lack.
 */
export function uuidFrom(seed: string): string {
  let h1 = 1779033703,
    h2 = 3144134277,
    h3 = 1013904242,
    h4 = 2773480762;
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  const hex = [h1, h2, h3, h4].map((h) => (h >>> 0).toString(16).padStart(8, '0')).join('');
  const variant = ((parseInt(hex[16]!, 16) & 3) | 8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The statements of one attempt, in order: `attempted` the case; `answered` each decision (the scene, the choice
 * made, whether it was the best one offered); `experienced` each competency objective the path tested, with its
 * score; `completed` the case and `passed` or `failed` it, with the total score.
 */
export function statementsFor(result: TrainingResult, opts: StatementOptions): Statement[] {
  const homePage = absolute(opts.homePage, 'homePage');
  const base = absolute(opts.activityBase, 'activityBase');
  if (!opts.accountName) throw new TypeError('xAPI: accountName is required');
  const { pack, role, attemptId } = result;
  // The registration must be a UUID, or the LRS refuses every statement of the attempt.
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(attemptId)) {
    throw new TypeError(`xAPI: the attempt id must be a UUID, got "${attemptId}"`);
  }
  const lang = pack.lang;
  const packActivity = activity(`${base}/${segment(pack.id)}`, 'course', pack.title, lang);
  const caseId = `${packActivity.id}/${segment(role.id)}`;
  const theCase = activity(caseId, 'simulation', `${pack.title} — ${role.title}`, lang);
  const out: Statement[] = [];
  const add = (name: string, object: Activity, timestamp: string, res?: Statement['result']): void => {
    out.push({
      id: uuidFrom(`${attemptId}/${out.length}`),
      actor: { objectType: 'Agent', account: { homePage, name: opts.accountName } },
      verb: verb(name),
      object,
      ...(res ? { result: res } : {}),
      context: {
        registration: attemptId,
        language: lang,
        platform: 'Aman',
        contextActivities: { ...(object === theCase ? {} : { parent: [theCase] }), grouping: [packActivity] },
      },
      timestamp,
    });
  };

  // The result has no time per decision: they are stamped with the end of the attempt, in order.
  const end = result.completedAt;
  add('attempted', theCase, result.startedAt);
  for (const d of result.decisions) {
    // `scores` are the chosen choice's points, not the other choices': the best one's id is not known here.
    const scene = activity(`${caseId}/scene/${segment(d.sceneId)}`, 'cmi.interaction');
    scene.definition.interactionType = 'choice';
    add('answered', scene, end, { response: d.choiceId, success: d.best });
  }
  for (const c of result.competencies) {
    // A competency no decision on this path scored was not tested: no statement claims it was.
    if (c.maxScore <= 0) continue;
    add('experienced', activity(`${caseId}/competency/${segment(c.id)}`, 'objective', c.title, lang), end, {
      score: score(c.score, c.maxScore),
    });
  }
  add('completed', theCase, end, { completion: true, duration: duration(result.startedAt, end) });
  add(result.passed ? 'passed' : 'failed', theCase, end, {
    score: score(result.score, result.maxScore),
    success: result.passed,
    completion: true,
  });
  return out;
}
