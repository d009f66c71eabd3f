import type { Answer } from '../core/types.js';

/**
 * The public events of every content element (DESIGN.md): bubbling, composed `CustomEvent`s, declared once
 * here so that `addEventListener('aman-complete', e => e.detail.score)` is typed for host code too.
 */
export interface AmanProgressDetail {
  packId: string;
  /** Steps done so far (for a quiz: questions checked). */
  step: number;
  total: number;
}

export interface AmanCompleteDetail {
  packId: string;
  score: number;
  maxScore: number;
  passed: boolean;
  durationMs: number;
  answers: Record<string, Answer | unknown>;
}

export interface AmanErrorDetail {
  packId: string;
  /** Localized, human-readable. */
  message: string;
  /** JSON path of the first problem in the pack ('' when the whole pack failed, e.g. not found). */
  path: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'aman-progress': CustomEvent<AmanProgressDetail>;
    'aman-complete': CustomEvent<AmanCompleteDetail>;
    'aman-error': CustomEvent<AmanErrorDetail>;
  }
}

type AmanEvents = {
  'aman-progress': AmanProgressDetail;
  'aman-complete': AmanCompleteDetail;
  'aman-error': AmanErrorDetail;
};

export function emit<K extends keyof AmanEvents>(target: EventTarget, type: K, detail: AmanEvents[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
