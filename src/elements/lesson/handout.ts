import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { LessonPack, Question } from '../../core/types.js';
import { isScored, shownItems, startLesson } from '../../core/lesson.js';
import { plainText } from '../../core/markup.js';
import { inline } from '../../shared/ui.js';

/**
 * The A4 handout of a lesson: every section on paper, checkpoint questions with boxes to tick and lines to fill;
 * the teacher copy adds the objectives, content notes, teacher notes and the answers. A lazy chunk: only printing
 * loads it. `ui` is the UI language, `lang` the pack's when it differs.
 */
export function renderHandout(
  pack: LessonPack,
  teacher: boolean,
  t: TFunction,
  tx: TFunction,
  tq: TFunction,
  ui: string,
  lang: string | undefined,
  drawing: (id: string | undefined) => TemplateResult | typeof nothing,
): TemplateResult {
  const answerKey = (q: Question): string | undefined => {
    if (q.type === 'true-false') return q.answer ? tq('true') : tq('false');
    if (q.type === 'single' || q.type === 'multiple')
      return q.options.filter((o) => o.correct).map((o) => plainText(o.text)).join('; ') || undefined;
    if (q.type === 'ordering') return q.items.map((i, n) => `${n + 1}. ${plainText(i.text)}`).join('  ');
    return q.pairs.map((x) => `${plainText(x.left)} → ${plainText(x.right)}`).join('; ');
  };
  return html`<div class="handout" data-copy=${teacher ? 'teacher' : 'pupil'}>
    <h2 lang=${lang ?? nothing}>${pack.title}</h2>
    <p class="meta">${t('ageBand', { band: pack.ageBand.replace('-', '–') })}${teacher ? ` · ${tx('teacherCopy')}` : nothing}</p>
    ${teacher && pack.objectives?.length
      ? html`<h3>${t('objectives')}</h3><ul lang=${lang ?? nothing}>${pack.objectives.map((x) => html`<li>${inline(x)}</li>`)}</ul>`
      : nothing}
    ${pack.sections.map(
      (s) => html`<section class="sheet" lang=${lang ?? nothing}>
        <h3>${s.title}</h3>
        ${teacher && s.warning ? html`<p class="note"><strong>${t('contentNote')}:</strong> ${inline(s.warning)}</p>` : nothing}
        ${drawing(s.illustration)}
        ${s.text.split(/\n+/).map((para) => html`<p>${inline(para)}</p>`)}
        ${s.discussion ? html`<p class="discussion"><strong lang=${ui}>${t('discuss')}:</strong> ${inline(s.discussion)}</p>` : nothing}
        ${s.checkpoint?.length
          ? html`<ol class="paper-questions">${s.checkpoint.map(
              (q) => html`<li>${inline(q.prompt)}
                ${q.type === 'single' || q.type === 'multiple'
                  ? html`<ul>${q.options.map((o) => html`<li><span aria-hidden="true">☐ </span>${inline(o.text)}</li>`)}</ul>`
                  : q.type === 'true-false'
                    ? html`<p lang=${ui}><span aria-hidden="true">☐ </span>${tq('true')} <span aria-hidden="true">☐ </span>${tq('false')}</p>`
                    : q.type === 'ordering'
                      ? html`<ul>${shownItems(pack, startLesson(pack), q).map((id) => html`<li>___ ${inline(q.items.find((i) => i.id === id)!.text)}</li>`)}</ul>`
                      : html`<ul>${q.pairs.map((x) => html`<li>${inline(x.left)} → ________</li>`)}</ul>`}
                ${teacher && isScored(q)
                  ? html`<p class="key"><strong lang=${ui}>${tx('answerKey')}:</strong> ${answerKey(q)}</p>`
                  : nothing}</li>`,
            )}</ol>`
          : nothing}
        ${teacher && s.teacherNotes ? html`<div class="teacher-notes"><strong lang=${ui}>${t('teacherNotes')}:</strong> ${inline(s.teacherNotes)}</div>` : nothing}
      </section>`,
    )}
    <p class="note">${tx('talkPrint')}</p>
  </div>`;
}
