/**
 * The presenter's step protocol (issue 15): what `<aman-presenter>` needs from the element it wraps, and nothing
 * else. The quiz, the lesson and the stigma module implement it; the presenter drives any element that does.
 * A step is what fits one projected screen (a question, a lesson section, a myth card, a scenario…).
 *
 * The element fires `aman-step` (`AmanStepDetail`) whenever its current step changes, whoever changed it (a click
 * inside the element, a key in the presenter, a restored session), so a notes window can follow.
 */
export interface PresenterSteps {
  /** How many steps there are now (may change when the pack or an answer changes it). */
  readonly stepCount: number;
  /** The step on screen, 0-based. */
  readonly currentStep: number;
  /** Shows step `index` (clamped to the steps there are). */
  goToStep(index: number): void;
  /** Moves one step on; false when already at the last step (the presenter then stays). */
  nextStep(): boolean;
  /** Moves one step back; false at the first step. */
  prevStep(): boolean;
  /** A short title of step `index`, in the content's language (the notes window's "next: …"). */
  stepTitle(index: number): string;
  /** Facilitator notes for step `index` as plain text, when the pack has any. */
  stepNotes(index: number): string | undefined;
  /**
   * The answers a room can vote on by show of hands at step `index` (a quiz question's options, "true"/"false"),
   * in the content's language; undefined where a show of hands does not fit. Optional.
   */
  stepChoices?(index: number): string[] | undefined;
  /** An id for what step `index` shows (a question id), so counts stay with it when the order changes. Optional. */
  stepKey?(index: number): string;
}

/** Whether `el` speaks the step protocol. */
export const hasSteps = (el: Element | null | undefined): el is Element & PresenterSteps =>
  !!el && typeof (el as Partial<PresenterSteps>).goToStep === 'function' && 'stepCount' in el;
