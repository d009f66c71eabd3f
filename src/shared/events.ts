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
  /** The learner's answer to each question, by question id (for a lesson: by checkpoint question id). */
  answers: Record<string, Answer>;
}

export interface AmanErrorDetail {
  packId: string;
  /** Localized, human-readable. */
  message: string;
  /** JSON path of the first problem in the pack ('' when the whole pack failed, e.g. not found). */
  path: string;
}

/** The step on screen changed (the presenter's protocol, `src/shared/steps.ts`). */
export interface AmanStepDetail {
  packId: string;
  /** 0-based index of the step now on screen. */
  step: number;
  total: number;
}

/** What `<aman-offline>` knows about the service worker. */
export type OfflineSupport = 'pending' | 'registered' | 'unsupported' | 'insecure' | 'blocked' | 'failed';

export interface AmanOfflineStatusDetail {
  support: OfflineSupport;
  /** "Ready offline" is showing. */
  ready: boolean;
  /** A new version waits for the reload button. */
  updateWaiting: boolean;
  online: boolean;
}

/** Every public event of the library and its detail: the one list. A new event is one line here. */
export type AmanEvents = {
  'aman-progress': AmanProgressDetail;
  'aman-complete': AmanCompleteDetail;
  'aman-error': AmanErrorDetail;
  'aman-step': AmanStepDetail;
  'aman-offline-status': AmanOfflineStatusDetail;
};

/** The events as the DOM types them, so host code gets `e.detail` typed. */
export type AmanEventMap = { [K in keyof AmanEvents]: CustomEvent<AmanEvents[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends AmanEventMap {}
}

export function emit<K extends keyof AmanEvents>(target: EventTarget, type: K, detail: AmanEvents[K]): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
