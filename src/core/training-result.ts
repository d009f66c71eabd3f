import type { ContactType, Lang } from './types.js';

/**
 * The result of one attempt at a procedure-training case: what `<aman-procedure-training>` exports (JSON, and the
 * rows of its CSV), what a trainer signs with `aman-sign` into a certificate, what becomes xAPI statements, and what
 * the coordinator's `<aman-monitoring>` board imports. One format for all four; a new field is optional, a changed
 * meaning is a new `format`.
 */
export const RESULT_FORMAT = 'aman-training-result/1';

export interface TrainingResult {
  format: typeof RESULT_FORMAT;
  /** A random UUID per attempt (the xAPI registration; also the certificate's reference). */
  attemptId: string;
  pack: { id: string; version: string; lang: Lang; title: string };
  role: { id: string; title: string; agency: ContactType };
  /** As the trainee typed it, only when they chose to give it; kept on the device until they export. */
  trainee?: { name: string; agency?: string };
  /** ISO 8601 date-times. */
  startedAt: string;
  completedAt: string;
  /** Points earned, and the most the decisions met on the path could earn (DESIGN.md). */
  score: number;
  maxScore: number;
  passMark: number;
  passed: boolean;
  /** Per competency of the pack, in the pack's order: points earned and the most the path could earn. */
  competencies: { id: string; title: string; score: number; maxScore: number }[];
  /** Every decision on the path, in order. `best`: the choice earned the most points offered at that scene. */
  decisions: { sceneId: string; choiceId: string; scores: Record<string, number>; best: boolean }[];
}
