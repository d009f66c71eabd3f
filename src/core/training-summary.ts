import { RESULT_FORMAT, type TrainingResult } from './training-result.js';

/**
 * What the coordinator's board shows of the joint training: result files (`TrainingResult`, one per file, or an
 * array) read and checked, then counted per agency and role, each competency's average, and the decisions most often
 * gone wrong. The aggregate never carries a name; the per-person list is the board's, behind a disclosure.
 */

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStr = (v: unknown): v is string => typeof v === 'string';

/** Whether `v` has the fields the board reads (other fields are left alone: a newer exporter may add some). */
export function isTrainingResult(v: unknown): v is TrainingResult {
  if (!isObj(v) || v.format !== RESULT_FORMAT || !isStr(v.attemptId)) return false;
  const { pack, role, competencies, decisions } = v;
  return (
    isObj(pack) && isStr(pack.id) && isStr(pack.title) &&
    isObj(role) && isStr(role.id) && isStr(role.title) && isStr(role.agency) &&
    isNum(v.score) && isNum(v.maxScore) && typeof v.passed === 'boolean' &&
    Array.isArray(competencies) && competencies.every((c) => isObj(c) && isStr(c.id) && isStr(c.title) && isNum(c.score) && isNum(c.maxScore)) &&
    Array.isArray(decisions) && decisions.every((d) => isObj(d) && isStr(d.sceneId) && isStr(d.choiceId) && typeof d.best === 'boolean')
  );
}

/**
 * The results in one file's text: a result or an array of them. Returns the results and how many entries were not
 * results (0 for a good file), or 'json' when the text is not JSON at all.
 */
export function readResults(text: string): { results: TrainingResult[]; bad: number } | 'json' {
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return 'json';
  }
  const list = Array.isArray(v) ? v : [v];
  const results = list.filter(isTrainingResult);
  return { results, bad: list.length - results.length };
}

export interface RoleCount {
  agency: string;
  role: string;
  completions: number;
  passed: number;
}

export interface CompetencyAverage {
  id: string;
  title: string;
  /** Mean over the attempts of score ÷ maxScore, as a percentage (rounded to 1); attempts whose path could earn none are left out. */
  percent: number;
  attempts: number;
}

export interface WrongDecision {
  packId: string;
  sceneId: string;
  /** Times a decision at this scene was not the best offered. */
  wrong: number;
  /** Times the scene was met. */
  met: number;
}

export interface TrainingSummary {
  attempts: number;
  roles: RoleCount[];
  competencies: CompetencyAverage[];
  wrong: WrongDecision[];
}

/** The aggregate of the results (no name in it). Rows keep the order in which they first appear. */
export function summarize(results: readonly TrainingResult[], top = 5): TrainingSummary {
  const roles = new Map<string, RoleCount>();
  const comps = new Map<string, { id: string; title: string; sum: number; attempts: number }>();
  const scenes = new Map<string, WrongDecision>();
  for (const r of results) {
    const rk = `${r.role.agency}\u0000${r.role.title}`;
    const row = roles.get(rk) ?? { agency: r.role.agency, role: r.role.title, completions: 0, passed: 0 };
    row.completions++;
    if (r.passed) row.passed++;
    roles.set(rk, row);
    for (const c of r.competencies) {
      if (c.maxScore <= 0) continue;
      const k = `${r.pack.id}\u0000${c.id}`;
      const a = comps.get(k) ?? { id: c.id, title: c.title, sum: 0, attempts: 0 };
      a.sum += Math.max(0, c.score) / c.maxScore;
      a.attempts++;
      comps.set(k, a);
    }
    for (const d of r.decisions) {
      const k = `${r.pack.id}\u0000${d.sceneId}`;
      const s = scenes.get(k) ?? { packId: r.pack.id, sceneId: d.sceneId, wrong: 0, met: 0 };
      s.met++;
      if (!d.best) s.wrong++;
      scenes.set(k, s);
    }
  }
  return {
    attempts: results.length,
    roles: [...roles.values()],
    competencies: [...comps.values()].map((a) => ({ id: a.id, title: a.title, attempts: a.attempts, percent: Math.round((a.sum / a.attempts) * 1000) / 10 })),
    wrong: [...scenes.values()].filter((s) => s.wrong).sort((a, b) => b.wrong - a.wrong).slice(0, top),
  };
}

/** Adds results not yet on the board (by attempt id); returns the new list and how many were already there. */
export function mergeResults(have: readonly TrainingResult[], add: readonly TrainingResult[]): { results: TrainingResult[]; duplicates: number } {
  const ids = new Set(have.map((r) => r.attemptId));
  const results = [...have];
  let duplicates = 0;
  for (const r of add) {
    if (ids.has(r.attemptId)) duplicates++;
    else {
      ids.add(r.attemptId);
      results.push(r);
    }
  }
  return { results, duplicates };
}
