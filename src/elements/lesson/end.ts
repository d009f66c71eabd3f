import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { LessonPack } from '../../core/types.js';
import { isScored, scoreLesson, type LessonProgress } from '../../core/lesson.js';
import { inline } from '../../shared/ui.js';
import { answerState, mark } from '../quiz/questions.js';

/** What the end screen needs from the lesson. */
export interface LessonEndHost {
  pack: LessonPack;
  p: LessonProgress;
  /** The lesson's strings, and the quiz's (score, marks). */
  t: TFunction;
  tq: TFunction;
  /** The UI language (numbers are written its way), and the pack's when it differs. */
  ui: string;
  lang: string | undefined;
  go(at: number): void;
  restart(): void;
}

/**
 * The end of a lesson: the scored checkpoints (how each fared, and how many were left), the parts skipped (to come
 * back to), and start again. Apart from the element because a class reaches it once: the lesson loads it lazily.
 */
export function renderLessonEnd(h: LessonEndHost): TemplateResult {
  const { pack, p, t, tq, lang, ui } = h;
  const r = scoreLesson(pack, p);
  // "6,5 dari 8" in Indonesian and Javanese, "6.5 of 8" in English.
  const num = new Intl.NumberFormat([ui, 'id'], { maximumFractionDigits: 1 });
  const percent = r.maxScore ? Math.round((r.score / r.maxScore) * 100) : 0;
  const skipped = pack.sections.filter((s) => p.skipped.includes(s.id));
  const scoredQs = pack.sections.flatMap((s) => (s.checkpoint ?? []).filter(isScored));
  return html`
    <h3 class="end-title" tabindex="-1">${t('end')}</h3>
    ${r.maxScore
      ? html`<p class="score">${tq('score', { score: num.format(r.score), max: num.format(r.maxScore), percent })}</p>
          ${r.unanswered ? html`<p class="note">${t('unanswered', { count: r.unanswered })}</p>` : nothing}
          <ol class="review">
            ${scoredQs.map((q) => {
              const done = r.perQuestion[q.id];
              return html`<li><span lang=${lang ?? nothing}>${inline(q.prompt)}</span>
                ${done ? mark(tq, answerState(done), `review.${answerState(done)}`) : html`<span class="mark">${t('notAnswered')}</span>`}</li>`;
            })}
          </ol>`
      : nothing}
    ${skipped.length
      ? html`<h4>${t('skippedSections')}</h4>
          <ul>${skipped.map(
            (s) => html`<li><button type="button" class="link-button" @click=${() => h.go(pack.sections.indexOf(s))}>
              <span lang=${lang ?? nothing}>${s.title}</span></button></li>`,
          )}</ul>`
      : nothing}
    <div class="row">
      <button type="button" part="button" data-variant="primary" data-action="restart" @click=${h.restart}>${t('restart')}</button>
      <button type="button" part="button" data-action="prev" @click=${() => h.go(p.at - 1)}>${t('prevSection')}</button>
    </div>
  `;
}
