import { RESULT_FORMAT, type TrainingResult } from '../../src/core/training-result.js';
import type { StatementOptions } from '../../src/xapi/statements.js';

/** The name a trainee typed: it must appear in no statement. */
export const TYPED_NAME = 'Siti Rahmawati';
export const TYPED_AGENCY = 'SMPN 3 Contoh';

/**
 * One attempt as `<aman-procedure-training>` exports it: a passed path of three decisions (one not the best, one with
 * negative points), three competencies of which one the path never tested, and the trainee's typed name.
 */
export function sampleResult(over: Partial<TrainingResult> = {}): TrainingResult {
  return {
    format: RESULT_FORMAT,
    attemptId: '3b1f6a2c-8d4e-4f1a-9c2b-7e5d6a4b3c21',
    pack: { id: 'kasus-sekolah', version: '1.0.0', lang: 'id', title: 'Kasus di sekolah' },
    role: { id: 'guru-bk', title: 'Guru BK', agency: 'education' },
    trainee: { name: TYPED_NAME, agency: TYPED_AGENCY },
    startedAt: '2026-11-30T02:00:00.000Z',
    completedAt: '2026-11-30T02:14:35.250Z',
    score: 5,
    maxScore: 7,
    passMark: 0.7,
    passed: true,
    competencies: [
      { id: 'consent', title: 'Persetujuan anak', score: 3, maxScore: 4 },
      { id: 'handoff', title: 'Serah terima ke UPTD PPA', score: -1, maxScore: 3 },
      { id: 'record', title: 'Pencatatan', score: 0, maxScore: 0 },
    ],
    decisions: [
      { sceneId: 'g1', choiceId: 'a', scores: { consent: 2, handoff: 1 }, best: true },
      { sceneId: 'g2', choiceId: 'b', scores: { handoff: -2 }, best: false },
      { sceneId: 'g3', choiceId: 'c', scores: { consent: 1 }, best: true },
    ],
    ...over,
  };
}

export const OPTIONS: StatementOptions = {
  homePage: 'https://dinas-pppa.example',
  accountName: 'pelatihan-0042',
  activityBase: 'https://dinas-pppa.example/aman/training/',
};
