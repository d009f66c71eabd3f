import { csv } from './csv.js';
import type { ProcedureTrainingPack, TrainingRole } from './types.js';
import { RESULT_FORMAT, type TrainingResult } from './training-result.js';
import { plainText } from './markup.js';
import { currentScene, pathOf, roleOf, sceneOf, scoreAttempt, type Trainee, type TrainingProgress } from './training.js';

/**
 * What a finished case gives: the result every export reads (`TrainingResult`), its CSV, and where the role's path
 * meets the other roles'. Apart from `training.ts` because only the results screen needs it (a lazy chunk there).
 */

/** The scenes a role can reach from its start (its own start included). */
export function reachable(pack: ProcedureTrainingPack, roleId: string): Set<string> {
  const seen = new Set<string>();
  const todo = [roleOf(pack, roleId)!.start];
  for (let id; (id = todo.pop()) !== undefined; ) {
    if (seen.has(id)) continue;
    seen.add(id);
    for (const c of sceneOf(pack, id)?.choices ?? []) todo.push(c.next);
  }
  return seen;
}

/** Where another role's case meets this role's. */
export interface Meeting {
  role: TrainingRole;
  /** Scenes on this role's path (the visited ones, the end included) that the other role can reach too, in path order. */
  onPath: string[];
  /** End scenes both roles can reach. */
  ends: string[];
}

/**
 * Where the chosen role's case meets the others' — kept simple: each role's reach is the set of scenes reachable from
 * its start. For every other role, the scenes of `visited` (this role's path) it can reach too, and the ends both can
 * reach. A role that shares neither is left out.
 */
export function meetings(pack: ProcedureTrainingPack, roleId: string, visited: readonly string[]): Meeting[] {
  const mine = reachable(pack, roleId);
  const out: Meeting[] = [];
  for (const role of pack.roles) {
    if (role.id === roleId) continue;
    const theirs = reachable(pack, role.id);
    const onPath = [...new Set(visited)].filter((id) => theirs.has(id));
    const ends = pack.scenes.filter((s) => s.end && mine.has(s.id) && theirs.has(s.id)).map((s) => s.id);
    if (onPath.length || ends.length) out.push({ role, onPath, ends });
  }
  return out;
}

/** The scenes met in order: each decision's scene, then where the last one led. */
export function visitedScenes(pack: ProcedureTrainingPack, p: TrainingProgress): string[] {
  return [...p.decisions.map((d) => d.sceneId), ...(p.reviewing ? [] : [currentScene(pack, p).id])];
}

/** The result of a finished attempt, in the one format every export reads (`training-result.ts`). */
export function buildResult(pack: ProcedureTrainingPack, p: TrainingProgress, trainee?: Trainee): TrainingResult {
  const role = roleOf(pack, p.roleId)!;
  const s = scoreAttempt(pack, p);
  const name = trainee?.name.trim();
  const agency = trainee?.agency?.trim();
  return {
    format: RESULT_FORMAT,
    attemptId: p.attemptId,
    pack: { id: pack.id, version: pack.version, lang: pack.lang, title: pack.title },
    role: { id: role.id, title: role.title, agency: role.agency },
    ...(name ? { trainee: agency ? { name, agency } : { name } } : {}),
    startedAt: new Date(p.startedAt).toISOString(),
    completedAt: new Date(p.finishedAt ?? p.startedAt).toISOString(),
    score: s.score,
    maxScore: s.maxScore,
    passMark: pack.passMark,
    passed: s.passed,
    competencies: s.competencies,
    decisions: pathOf(pack, p).map(({ scene, choice, best }) => ({
      sceneId: scene.id,
      choiceId: choice.id,
      scores: { ...(choice.scores ?? {}) },
      best,
    })),
  };
}

// ---- CSV ---------------------------------------------------------------------------------------------------------

/**
 * A result as CSV (RFC 4180: a header row, then one row per decision; every field quoted). Pack and trainee text is
 * untrusted: a text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, return) starts with `'`.
 */
export function resultCsv(pack: ProcedureTrainingPack, r: TrainingResult): string {
  const comps = pack.competencies.map((c) => c.id);
  const head = ['attempt_id', 'pack_id', 'pack_version', 'lang', 'role_id', 'role_title', 'agency', 'trainee_name', 'trainee_agency',
    'started_at', 'completed_at', 'score', 'max_score', 'pass_mark', 'passed', 'step', 'scene_id', 'choice_id', 'choice', 'best',
    ...comps.map((c) => `points_${c}`)];
  const rows: (string | number | boolean)[][] = [head];
  r.decisions.forEach((d, i) => {
    const choice = sceneOf(pack, d.sceneId)?.choices?.find((c) => c.id === d.choiceId);
    rows.push([r.attemptId, r.pack.id, r.pack.version, r.pack.lang, r.role.id, r.role.title, r.role.agency, r.trainee?.name ?? '',
      r.trainee?.agency ?? '', r.startedAt, r.completedAt, r.score, r.maxScore, r.passMark, r.passed, i + 1, d.sceneId, d.choiceId,
      plainText(choice?.text), d.best, ...comps.map((c) => d.scores[c] ?? 0)]);
  });
  return csv(rows);
}
