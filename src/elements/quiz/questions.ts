import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type {
  Answer,
  ChoiceOption,
  MatchingQuestion,
  MultipleQuestion,
  OrderingQuestion,
  Question,
  SingleQuestion,
  TrueFalseQuestion,
} from '../../core/types.js';
import type { QuestionScore } from '../../core/quiz.js';
import { inline } from '../../shared/ui.js';
import { plainText } from '../../core/markup.js';

/**
 * The five question templates, as functions of the question and what the host element offers, so that a quiz and a
 * lesson's checkpoint render questions the same way. Strings come from the `quiz` namespace (keys without prefix
 * are read through `t`, which the host fixes to that namespace).
 */
export interface QuestionHost {
  t: TFunction;
  /** The pack's language when it differs from the UI's: pack text is marked with it. */
  lang?: string;
  /** Options in the order shown (shuffled when the host shuffles). */
  options(q: SingleQuestion | MultipleQuestion): ChoiceOption[];
  /** Ids of ordering items / matching right sides in the order shown. */
  shown(q: OrderingQuestion | MatchingQuestion): string[];
  /** The stored answer now, not the one captured at render: several changes can come before a render. */
  current(qid: string): Answer | undefined;
  choose(q: Question, a: Answer): void;
  move(q: OrderingQuestion, from: number, to: number): void;
}

/**
 * "Your answer is right", "… partly right (50%)" or "… not right": words about the learner's answer that cannot be
 * read as a true/false option ("Benar"/"Salah") or as a verdict on the statement.
 */
export function verdict(t: TFunction, r: { correct: boolean; score: number; max: number }): string {
  if (r.correct) return t('correct');
  return r.score > 0 ? t('partly', { percent: Math.round((r.score / r.max) * 100) }) : t('wrong');
}

/** `correct`, `partly` or `wrong`: how a whole answer fared. */
export const answerState = (r: { correct: boolean; score: number } | undefined): string =>
  r?.correct ? 'correct' : r && r.score > 0 ? 'partly' : 'wrong';

const SIGNS: Record<string, string> = { correct: '✓', wrong: '✗', missed: '!', partly: '◐' };

/**
 * A visible mark with its words (`words`, a key of the quiz namespace), so that right and wrong never rest on colour
 * alone. The sign is held to its first word by a no-break space; the words themselves may wrap (long Javanese).
 */
export function mark(t: TFunction, state: string | undefined, words = `mark.${state}`): TemplateResult | typeof nothing {
  const sign = state ? SIGNS[state] : undefined;
  return sign ? html`<span class="mark">${sign}\u00a0${t(words)}</span>` : nothing;
}

/** After checking, a click or arrow key must not change the answer; the control stays at full contrast (not `disabled`). */
const locked = (e: Event): void => e.preventDefault();

/** The inputs of a question; `checked` locks them and shows the marks of `perOption`. */
export function questionInputs(
  h: QuestionHost,
  q: Question,
  a: Answer | undefined,
  checked: boolean,
  perOption?: Record<string, string>,
): TemplateResult {
  switch (q.type) {
    case 'single':
    case 'multiple':
      return choices(h, q, a, checked, perOption);
    case 'true-false':
      return trueFalse(h, q, a, checked);
    case 'ordering':
      return ordering(h, q, checked);
    case 'matching':
      return matching(h, q, a, checked);
  }
}

/** The feedback after checking: the verdict, the explanation and, when it was not fully right, the solution. */
export function questionFeedback(t: TFunction, q: Question, a: Answer | undefined, r: QuestionScore, lang?: string): TemplateResult {
  const tfText = q.type === 'true-false' && a?.type === 'true-false' ? (a.value ? q.feedbackTrue : q.feedbackFalse) : undefined;
  return html`<div part="feedback" id=${`fb-${q.id}`} data-state=${r.correct ? 'correct' : 'wrong'}>
    <p><strong>${verdict(t, r)}</strong></p>
    ${tfText ? html`<p>${inline(tfText, lang)}</p>` : nothing}
    ${q.explanation ? html`<p>${inline(q.explanation, lang)}</p>` : nothing}
    ${!r.correct ? solution(t, q, lang) : nothing}
  </div>`;
}

function choices(
  h: QuestionHost,
  q: SingleQuestion | MultipleQuestion,
  a: Answer | undefined,
  checked: boolean,
  perOption: Record<string, string> | undefined,
): TemplateResult {
  const multi = q.type === 'multiple';
  const chosen = new Set(a?.type === 'single' ? [a.optionId] : a?.type === 'multiple' ? a.optionIds : []);
  return html`<ul class="options" role="list">
    ${h.options(q).map((o) => {
      const id = `${q.id}-${o.id}`;
      const state = checked ? perOption?.[o.id] : undefined;
      const showFeedback = checked && o.feedback && (chosen.has(o.id) || o.correct);
      return html`<li part="option" class="choice" data-state=${state ?? nothing}>
        <label for=${id}><input
          id=${id}
          type=${multi ? 'checkbox' : 'radio'}
          name=${q.id}
          .checked=${chosen.has(o.id)}
          aria-disabled=${checked ? 'true' : nothing}
          @click=${checked ? locked : nothing}
          @change=${(e: Event) => {
            const on = (e.target as HTMLInputElement).checked;
            if (multi) {
              const now = h.current(q.id);
              const next = new Set(now?.type === 'multiple' ? now.optionIds : []);
              if (on) next.add(o.id);
              else next.delete(o.id);
              h.choose(q, { type: 'multiple', optionIds: q.options.filter((x) => next.has(x.id)).map((x) => x.id) });
            } else if (on) h.choose(q, { type: 'single', optionId: o.id });
          }}
        /><span>${inline(o.text, h.lang)}</span></label>
        ${mark(h.t, state, state === 'missed' ? 'mark.missed' : `mark.chosen-${state}`)}
        ${showFeedback ? html`<p class="option-feedback">${inline(o.feedback, h.lang)}</p>` : nothing}
      </li>`;
    })}
  </ul>`;
}

function trueFalse(h: QuestionHost, q: TrueFalseQuestion, a: Answer | undefined, checked: boolean): TemplateResult {
  const value = a?.type === 'true-false' ? a.value : undefined;
  return html`<ul class="options" role="list">
    ${[true, false].map((v) => {
      const id = `${q.id}-${v}`;
      const state = checked ? (v === q.answer ? (value === v ? 'correct' : 'missed') : value === v ? 'wrong' : undefined) : undefined;
      return html`<li part="option" class="choice" data-state=${state ?? nothing}>
        <label for=${id}><input
          id=${id}
          type="radio"
          name=${q.id}
          .checked=${value === v}
          aria-disabled=${checked ? 'true' : nothing}
          @click=${checked ? locked : nothing}
          @change=${() => h.choose(q, { type: 'true-false', value: v })}
        /><span>${v ? h.t('true') : h.t('false')}</span></label>
        ${mark(h.t, state, state === 'missed' ? 'mark.missed' : `mark.chosen-${state}`)}
      </li>`;
    })}
  </ul>`;
}

function ordering(h: QuestionHost, q: OrderingQuestion, checked: boolean): TemplateResult {
  const t = h.t;
  const byId = new Map(q.items.map((i) => [i.id, i]));
  const items = h.shown(q).map((id) => byId.get(id)!);
  const correctIndex = new Map(q.items.map((i, n) => [i.id, n]));
  return html`<ol class="options rows" role="list">
    ${items.map((it, n) => {
      const state = checked ? (correctIndex.get(it.id) === n ? 'correct' : 'wrong') : undefined;
      return html`<li part="option" data-item=${it.id} data-state=${state ?? nothing}>
        <span class="order-pos">${n + 1}.</span>
        <span class="order-text">${inline(it.text, h.lang)}</span>
        ${mark(t, state)}
        ${checked
          ? nothing
          : html`<span class="order-buttons">
              <button
                type="button"
                part="button"
                data-dir="up"
                aria-disabled=${n === 0 ? 'true' : 'false'}
                aria-label=${t('moveUp', { item: plainText(it.text), position: n + 1 })}
                @click=${() => h.move(q, n, n - 1)}
              >↑</button>
              <button
                type="button"
                part="button"
                data-dir="down"
                aria-disabled=${n === items.length - 1 ? 'true' : 'false'}
                aria-label=${t('moveDown', { item: plainText(it.text), position: n + 1 })}
                @click=${() => h.move(q, n, n + 1)}
              >↓</button>
            </span>`}
      </li>`;
    })}
  </ol>`;
}

function matching(h: QuestionHost, q: MatchingQuestion, a: Answer | undefined, checked: boolean): TemplateResult {
  const matches = a?.type === 'matching' ? a.matches : {};
  const byId = new Map(q.pairs.map((x) => [x.id, x]));
  const rights = h.shown(q).map((id) => byId.get(id)!);
  return html`<ul class="options rows" role="list">
    ${q.pairs.map((pair) => {
      const id = `${q.id}-${pair.id}`;
      const chosen = matches[pair.id] ?? '';
      const state = checked ? (chosen === pair.id ? 'correct' : 'wrong') : undefined;
      // Once checked, the learner's pair is plain text at full contrast (a disabled select goes pale and keeps the
      // width of its longest option).
      if (checked)
        return html`<li part="option" data-state=${state ?? nothing}>
          <span class="match-left">${inline(pair.left, h.lang)}</span>
          <span class="match-choice"><span aria-hidden="true">→ </span><span lang=${h.lang ?? nothing}>${byId.get(chosen)?.right ?? ''}</span></span>
          ${mark(h.t, state)}
        </li>`;
      return html`<li part="option">
        <label class="match-left" for=${id}>${inline(pair.left, h.lang)}</label>
        <select
          id=${id}
          @change=${(e: Event) => {
            const v = (e.target as HTMLSelectElement).value;
            const now = h.current(q.id);
            const next = { ...(now?.type === 'matching' ? now.matches : {}) };
            if (v) next[pair.id] = v;
            else delete next[pair.id];
            h.choose(q, { type: 'matching', matches: next });
          }}
        >
          <option value="" ?selected=${!chosen}>${h.t('choose')}</option>
          ${rights.map((r) => html`<option value=${r.id} lang=${h.lang ?? nothing} ?selected=${chosen === r.id}>${r.right}</option>`)}
        </select>
        ${mark(h.t, state)}
      </li>`;
    })}
  </ul>`;
}

/** The right answer, in words, when the learner's was not fully right. */
function solution(t: TFunction, q: Question, lang?: string): TemplateResult | typeof nothing {
  if (q.type === 'ordering')
    return html`<p>${t('solution.ordering')}</p>
      <ol>${q.items.map((i) => html`<li>${inline(i.text, lang)}</li>`)}</ol>`;
  if (q.type === 'matching')
    return html`<p>${t('solution.matching')}</p>
      <ul>${q.pairs.map((p) => html`<li>${inline(p.left, lang)} → ${inline(p.right, lang)}</li>`)}</ul>`;
  return nothing;
}
