import type { Answer, ProcedureTrainingPack, TrainingChoice, TrainingRole, TrainingScene } from './types.js';

/**
 * A procedure-training case played by one role: the decisions taken so far, scored per competency, and the
 * result every export reads (`TrainingResult`). Plain data, no DOM; the element renders it.
 */

/** One attempt of one role. Immutable: every move returns a new one. */
export interface TrainingProgress {
  roleId: string;
  /** Random UUID of the attempt (the result's `attemptId`). */
  attemptId: string;
  /** Every decision, in order: the scene and the choice taken there. */
  decisions: readonly Decision[];
  /** true while the feedback of the last decision is on screen (before "continue"). */
  reviewing: boolean;
  /** Epoch ms. */
  startedAt: number;
  /** Epoch ms, once an end scene is reached. */
  finishedAt?: number;
}

export interface Decision {
  sceneId: string;
  choiceId: string;
}

/** A decision as the path shows it: its scene, the choice made, and whether it earned the most points there. */
export interface PathStep {
  scene: TrainingScene;
  choice: TrainingChoice;
  best: boolean;
}

export interface CompetencyScore {
  id: string;
  title: string;
  score: number;
  maxScore: number;
}

export interface TrainingScore {
  score: number;
  maxScore: number;
  passed: boolean;
  competencies: CompetencyScore[];
}

const EPSILON = 1e-9;
const MAX_DECISIONS = 1000;

export const sceneOf = (pack: ProcedureTrainingPack, id: string): TrainingScene | undefined => pack.scenes.find((s) => s.id === id);
export const roleOf = (pack: ProcedureTrainingPack, id: string): TrainingRole | undefined => pack.roles.find((r) => r.id === id);

/** A choice's points summed over the competencies. */
export const choiceTotal = (c: TrainingChoice): number => Object.values(c.scores ?? {}).reduce((a, b) => a + b, 0);

/** A random UUID; where `randomUUID` is missing (a page on plain http), one made the same way from random bytes. */
export function newAttemptId(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const b = crypto.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

export function startAttempt(pack: ProcedureTrainingPack, roleId: string, now: number, attemptId = newAttemptId()): TrainingProgress {
  if (!roleOf(pack, roleId)) throw new Error(`no role ${roleId}`);
  return { roleId, attemptId, decisions: [], reviewing: false, startedAt: now };
}

/** The scene on screen: the one just decided while its feedback shows, else where the last choice led. */
export function currentScene(pack: ProcedureTrainingPack, p: TrainingProgress): TrainingScene {
  const last = p.decisions[p.decisions.length - 1];
  if (!last) return sceneOf(pack, roleOf(pack, p.roleId)!.start)!;
  const scene = sceneOf(pack, last.sceneId)!;
  return p.reviewing ? scene : sceneOf(pack, scene.choices!.find((c) => c.id === last.choiceId)!.next)!;
}

export const isEnded = (pack: ProcedureTrainingPack, p: TrainingProgress): boolean => !p.reviewing && !!currentScene(pack, p).end;

/** Takes `choiceId` at the current scene: the decision is kept and its feedback shows. */
export function choose(pack: ProcedureTrainingPack, p: TrainingProgress, choiceId: string): TrainingProgress {
  const scene = currentScene(pack, p);
  if (p.reviewing || scene.end || !scene.choices?.some((c) => c.id === choiceId)) throw new Error(`cannot choose ${choiceId} at ${scene.id}`);
  return { ...p, decisions: [...p.decisions, { sceneId: scene.id, choiceId }], reviewing: true };
}

/** From the feedback on to the scene the choice leads to (the consequence); an end scene finishes the attempt. */
export function proceed(pack: ProcedureTrainingPack, p: TrainingProgress, now: number): TrainingProgress {
  if (!p.reviewing) return p;
  const next = { ...p, reviewing: false };
  return currentScene(pack, next).end ? { ...next, finishedAt: now } : next;
}

/** Whether `choice` earns the most points (summed over the competencies) offered at `scene`. */
export const isBest = (scene: TrainingScene, choice: TrainingChoice): boolean =>
  choiceTotal(choice) >= Math.max(...scene.choices!.map(choiceTotal)) - EPSILON;

/** The decisions so far with their scenes and choices. */
export function pathOf(pack: ProcedureTrainingPack, p: Pick<TrainingProgress, 'decisions'>): PathStep[] {
  return p.decisions.map((d) => {
    const scene = sceneOf(pack, d.sceneId)!;
    const choice = scene.choices!.find((c) => c.id === d.choiceId)!;
    return { scene, choice, best: isBest(scene, choice) };
  });
}

/** Fraction reached against the pass mark; a path that could earn nothing misses nothing. */
export const passes = (score: number, maxScore: number, passMark: number): boolean =>
  (maxScore > 0 ? score / maxScore : 1) >= passMark - EPSILON;

/**
 * Points earned over the most the decisions met on the path could earn (DESIGN.md). Per competency: for each
 * decision, the most that competency's points reach among that scene's choices (a negative most counts as 0).
 * The total the same way, on the choices' summed points: for each decision, the most any one choice there earns
 * in all — so the total's maximum is what a trainee could really have earned, not the sum of the competencies'.
 */
export function scoreAttempt(pack: ProcedureTrainingPack, p: Pick<TrainingProgress, 'decisions'>): TrainingScore {
  const path = pathOf(pack, p);
  const round = (n: number): number => Math.round(n * 1e9) / 1e9;
  const competencies = pack.competencies.map((c) => {
    let score = 0;
    let maxScore = 0;
    for (const { scene, choice } of path) {
      score += choice.scores?.[c.id] ?? 0;
      maxScore += Math.max(0, ...scene.choices!.map((x) => x.scores?.[c.id] ?? 0));
    }
    return { id: c.id, title: c.title, score: round(score), maxScore: round(maxScore) };
  });
  let score = 0;
  let maxScore = 0;
  for (const { scene, choice } of path) {
    score += choiceTotal(choice);
    maxScore += Math.max(0, ...scene.choices!.map(choiceTotal));
  }
  score = round(score);
  maxScore = round(maxScore);
  return { score, maxScore, passed: passes(score, maxScore, pack.passMark), competencies };
}

/** The fewest decisions from scene `from` to an end (0 at an end): what `aman-progress` can say is still ahead. */
export function decisionsToEnd(pack: ProcedureTrainingPack, from: string): number {
  let level = [from];
  const seen = new Set(level);
  for (let n = 0; level.length; n++) {
    if (level.some((id) => sceneOf(pack, id)?.end)) return n;
    level = level.flatMap((id) => (sceneOf(pack, id)?.choices ?? []).map((c) => c.next)).filter((id) => !seen.has(id) && seen.add(id));
  }
  return 0;
}

/** `answers` of `aman-complete`: scene id → the choice made there (the last one, when a scene was met twice). */
export function answersOf(p: TrainingProgress): Record<string, Answer> {
  return Object.fromEntries(p.decisions.map((d) => [d.sceneId, { type: 'single', optionId: d.choiceId }]));
}

export interface Trainee {
  name: string;
  agency?: string;
}

// ---- on the device -----------------------------------------------------------------------------------------------

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const time = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

export function serializeProgress(pack: ProcedureTrainingPack, p: TrainingProgress): string {
  return JSON.stringify({
    v: 1,
    pack: pack.id,
    role: p.roleId,
    attempt: p.attemptId,
    decisions: p.decisions.map((d) => [d.sceneId, d.choiceId]),
    reviewing: p.reviewing,
    startedAt: p.startedAt,
    ...(p.finishedAt === undefined ? {} : { finishedAt: p.finishedAt }),
  });
}

/**
 * Progress kept on the device, or undefined. Storage is untrusted (another version of the pack, a hand edit): the
 * decisions are replayed from the role's start, and anything that does not fit the pack exactly is refused whole.
 */
export function deserializeProgress(json: string | undefined, pack: ProcedureTrainingPack): TrainingProgress | undefined {
  if (!json) return undefined;
  let d: Record<string, unknown>;
  try {
    d = JSON.parse(json);
  } catch {
    return undefined;
  }
  if (!d || typeof d !== 'object' || Array.isArray(d) || d.v !== 1 || d.pack !== pack.id) return undefined;
  const { role, attempt, decisions, reviewing, startedAt, finishedAt } = d;
  if (typeof role !== 'string' || !roleOf(pack, role)) return undefined;
  if (typeof attempt !== 'string' || !UUID.test(attempt) || typeof reviewing !== 'boolean' || !time(startedAt)) return undefined;
  if (!Array.isArray(decisions) || decisions.length > MAX_DECISIONS || (reviewing && !decisions.length)) return undefined;
  let p: TrainingProgress = { roleId: role, attemptId: attempt, decisions: [], reviewing: false, startedAt };
  for (const [i, x] of decisions.entries()) {
    if (!Array.isArray(x) || x.length !== 2 || typeof x[0] !== 'string' || typeof x[1] !== 'string') return undefined;
    if (currentScene(pack, p).id !== x[0]) return undefined;
    try {
      p = choose(pack, p, x[1]);
    } catch {
      return undefined;
    }
    if (i < decisions.length - 1 || !reviewing) p = { ...p, reviewing: false };
  }
  const ended = isEnded(pack, p);
  if (ended !== (finishedAt !== undefined) || (finishedAt !== undefined && (!time(finishedAt) || finishedAt < startedAt))) return undefined;
  return ended ? { ...p, finishedAt: finishedAt as number } : p;
}
