import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { AttitudeItem, StigmaPack } from '../../core/types.js';
import { compareTally, countsOf, groupMean, localDate, parseCount, tallyCsv, tallyJson, total, type Comparison, type Phase, type Tally } from '../../core/stigma.js';
import { BIDI } from '../../core/markup.js';
import { downloadFile } from '../../shared/download.js';

// A village session's screens: hands counted per answer, the group's before/after as a chart with its table, and
// the export. Apart from the element because only a facilitator needs them: the element loads this lazily.

/** What the session screens need from the element. */
export interface TallyHost {
  readonly t: TFunction;
  readonly pack: StigmaPack;
  /** The pack's language where it differs from the UI's. */
  readonly lang: string | undefined;
  tally: Tally;
  /** What was typed in a count field, by field id: shown as typed (with its error when it is not a count). */
  readonly drafts: Record<string, string>;
  /** Keeps a changed tally on the device and shows it. */
  save(tally: Tally): void;
  announce(text: string): void;
  /** Deletes the session's counts and starts again at the first statement. */
  restart(): void;
  num(n: number, sign?: boolean): string;
  bars(c: Comparison): TemplateResult;
}

const plain = (s: string): string => s.replace(BIDI, '');
function setCount(h: TallyHost, phase: Phase, item: AttitudeItem, v: number, n: number): void {
  const c = [...countsOf(h.tally, phase, item.id)];
  c[v] = n;
  h.save({ ...h.tally, [phase]: { ...h.tally[phase], [item.id]: c } });
}

const fieldError = (h: TallyHost, why: string, v: number): string =>
  h.t(`bad.${why}`, { field: plain(h.pack.attitudeCheck.scale[v]!) });

/** − and +: one hand less or more (never below 0); what was typed in the field gives way to the count. */
function step(h: TallyHost, phase: Phase, item: AttitudeItem, v: number, by: number): void {
  delete h.drafts[`${phase}-${item.id}-${v}`];
  const n = Math.max(0, countsOf(h.tally, phase, item.id)[v]! + by);
  setCount(h, phase, item, v, n);
  h.announce(h.t('count', { answer: plain(h.pack.attitudeCheck.scale[v]!), n }));
}

/**
 * A typed count: kept as typed; a valid one counts at once, another says why beside the field. The field is text
 * with a numeric keypad (not type=number, which hides what was typed when it is not a number, and changes with the
 * mouse wheel), so what is shown is always what was typed; ArrowUp and ArrowDown still count one up or down.
 */
function typed(h: TallyHost, phase: Phase, item: AttitudeItem, v: number, input: HTMLInputElement): void {
  const n = parseCount(input.value);
  h.drafts[input.id] = input.value;
  if (typeof n === 'number') setCount(h, phase, item, v, n);
  else h.announce(fieldError(h, n, v));
}

/** Downloads the session's anonymous tally. */
function download(h: TallyHost, type: 'csv' | 'json'): void {
  const date = localDate();
  const body = type === 'csv' ? tallyCsv(h.pack, h.tally, date) : tallyJson(h.pack, h.tally, date);
  h.announce(h.t('exported', { file: downloadFile(`${h.pack.id}-${date}.${type}`, body) }));
}

/** One statement projected large, with a count field and − / + for each answer of the scale. */
export function renderCounts(h: TallyHost, phase: Phase, item: AttitudeItem): TemplateResult {
  const { t, lang } = h;
  const c = countsOf(h.tally, phase, item.id);
  const m = groupMean(item, c);
  return html`<p class="statement" lang=${lang ?? nothing}>${plain(item.statement)}</p>
    <fieldset>
      <legend>${t('counts')}</legend>
      <div class="counts">
        ${h.pack.attitudeCheck.scale.map((label, v) => {
          const id = `${phase}-${item.id}-${v}`;
          const draft = h.drafts[id];
          const why = draft === undefined ? 0 : parseCount(draft);
          const error = typeof why === 'string' ? fieldError(h, why, v) : undefined;
          const answer = plain(label);
          return html`<div part="option" class="count">
            <label for=${id} lang=${lang ?? nothing}>${answer}</label>
            <span class="stepper">
              <button type="button" part="button" aria-label=${t('minus', { answer })} data-step="-1" @click=${() => step(h, phase, item, v, -1)}>−</button>
              <input id=${id} type="text" inputmode="numeric" autocomplete="off" .value=${draft ?? String(c[v])}
                aria-invalid=${error ? 'true' : nothing} aria-describedby=${error ? `${id}-error` : nothing}
                @input=${(e: Event) => typed(h, phase, item, v, e.target as HTMLInputElement)}
                @keydown=${(e: KeyboardEvent) => {
                  const by = e.key === 'ArrowUp' ? 1 : e.key === 'ArrowDown' ? -1 : 0;
                  if (by) {
                    e.preventDefault();
                    step(h, phase, item, v, by);
                  }
                }} />
              <button type="button" part="button" aria-label=${t('plus', { answer })} data-step="1" @click=${() => step(h, phase, item, v, 1)}>+</button>
            </span>
            ${error ? html`<p class="error" id=${`${id}-error`}>${error}</p>` : nothing}
          </div>`;
        })}
      </div>
    </fieldset>
    <p class="sum">${t('answers', { count: total(c) })}${m === undefined ? nothing : ` · ${t('groupMean', { mean: h.num(m) })}`}</p>`;
}

/**
 * The group's before and after: overall and per statement as paired bars, the same numbers as a table, export. The
 * chart reflows to any width; the table keeps its columns and scrolls in its own labelled region on a phone.
 */
export function renderGroupResults(h: TallyHost): TemplateResult {
  const { t, lang, pack, tally } = h;
  const r = compareTally(pack, tally);
  const items = pack.attitudeCheck.items;
  const mean = (v: number | undefined, n?: number): unknown =>
    v === undefined ? t('noData') : n === undefined ? h.num(v) : html`${h.num(v)} <span class="n">${t('answers', { count: n })}</span>`;
  const change = (c: Comparison): string => (c.change === undefined ? '–' : h.num(c.change, true));
  return html`<p class="note">${t('scaleNote')}</p>
    <figure>
      <figcaption>${t('chart')}</figcaption>
      <h4>${t('overall')}</h4>
      ${h.bars(r.overall)}
      ${r.overall.change === undefined && r.overall.before !== undefined ? html`<p class="note">${t('unpaired')}</p>` : nothing}
      <ol class="statements">
        ${items.map((it, i) => html`<li><p lang=${lang ?? nothing}>${plain(it.statement)}</p>${h.bars(r.items[i]!)}</li>`)}
      </ol>
    </figure>
    <p class="caption" id="tally-caption">${t('table')}</p>
    <div class="scroll" role="region" tabindex="0" aria-labelledby="tally-caption">
    <table aria-labelledby="tally-caption">
      <thead>
        <tr><th scope="col">${t('statement')}</th><th scope="col">${t('before')}</th><th scope="col">${t('after')}</th><th scope="col">${t('change')}</th></tr>
      </thead>
      <tbody>
        ${items.map((it, i) => {
          const c = r.items[i]!;
          return html`<tr>
            <th scope="row">${i + 1}. <span lang=${lang ?? nothing}>${plain(it.statement)}</span></th>
            <td>${mean(c.before, total(countsOf(tally, 'before', it.id)))}</td>
            <td>${mean(c.after, total(countsOf(tally, 'after', it.id)))}</td>
            <td>${change(c)}</td>
          </tr>`;
        })}
        <tr><th scope="row">${t('overall')}</th><td>${mean(r.overall.before)}</td><td>${mean(r.overall.after)}</td><td>${change(r.overall)}</td></tr>
      </tbody>
    </table>
    </div>
    <p class="note">${t('exportNote')}</p>
    <p class="row">
      <button type="button" part="button" data-action="export-csv" @click=${() => download(h, 'csv')}>${t('exportCsv')}</button>
      <button type="button" part="button" data-action="export-json" @click=${() => download(h, 'json')}>${t('exportJson')}</button>
    </p>
    <details class="new-session">
      <summary>${t('newSession')}</summary>
      <p>${t('newSessionNote')}</p>
      <button type="button" part="button" data-action="new-session" @click=${() => h.restart()}>${t('newSessionYes')}</button>
    </details>`;
}
