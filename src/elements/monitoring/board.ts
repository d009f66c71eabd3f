import { html, nothing, svg, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { CollaborationCheckPack } from '../../core/types.js';
import type { TrainingResult } from '../../core/training-result.js';
import { dimensionResults, readRound, roundCsv, roundExport, weakest, type DimensionResult, type RoundExport } from '../../core/collaboration-results.js';
import { localDate } from '../../core/stigma.js';
import { BIDI } from '../../core/markup.js';
import { mergeResults, readResults, summarize } from '../../core/training-summary.js';
import { downloadFile } from '../../shared/download.js';
import { printOnly } from '../../shared/print.js';

export { decodeResponse, readCodes } from '../../core/collaboration.js';

// The board's picture (radar chart, table, weakest dimensions, comparison, export, print) and the training results:
// apart from the element so that a page with every element does not load them until a board shows a pack.

/** What the board keeps besides the codes (on the device, with them). */
export interface BoardState {
  previous?: RoundExport;
  results: TrainingResult[];
  showNames: boolean;
  prevMsg: string;
  trainingMsg: string;
}

/** What the board's screens need from the element. */
export interface BoardHost {
  readonly el: HTMLElement;
  readonly t: TFunction;
  /** The UI language (numbers), and the pack's language where it differs from the UI's. */
  readonly uiLang: string;
  readonly lang: string | undefined;
  readonly pack: CollaborationCheckPack;
  readonly round: string;
  readonly answers: readonly number[][];
  readonly state: BoardState;
  /** Keeps the round on the device and renders. */
  save(): void;
  announce(text: string): void;
  files(input: HTMLInputElement, use: (text: string, name: string) => void): Promise<void>;
}

const plain = (s: string): string => s.replace(BIDI, '');
/** The radar's centre and radius (viewBox 0 0 260 260); a value v of 1…5 sits at v/5 of the radius. */
const C = 130;
const R = 100;
const xy = (i: number, n: number, v: number): [string, string] => {
  const a = (2 * Math.PI * i) / n;
  return [(C + (R * v * Math.sin(a)) / 5).toFixed(1), (C - (R * v * Math.cos(a)) / 5).toFixed(1)];
};
const ring = (vs: readonly number[]): string => vs.map((v, i) => xy(i, vs.length, v).join(',')).join(' ');

/** Up to `d` decimals, as the language writes them ("3,5"). */
const num = (h: BoardHost, n: number, sign = false, d = 2): string =>
  new Intl.NumberFormat([h.uiLang, 'id'], { maximumFractionDigits: d, signDisplay: sign ? 'exceptZero' : 'auto' }).format(n);

function loadPrevious(h: BoardHost, text: string, name: string): void {
  const r = readRound(h.pack, text);
  const s = h.state;
  if (typeof r === 'string') s.prevMsg = h.t(`previousBad.${r}`, { file: name });
  else {
    s.previous = r;
    s.prevMsg = h.t('compared', { round: r.round, count: r.responses });
  }
  h.save();
  h.announce(s.prevMsg);
}

function importResults(h: BoardHost, texts: { text: string; name: string }[]): void {
  const t = h.t;
  const bad: string[] = [];
  const found: TrainingResult[] = [];
  for (const { text, name } of texts) {
    const r = readResults(text);
    if (r === 'json' || r.bad) bad.push(name);
    if (r !== 'json') found.push(...r.results);
  }
  const m = mergeResults(h.state.results, found);
  h.state.results = m.results;
  h.state.trainingMsg = [
    t('imported', { count: found.length - m.duplicates }),
    m.duplicates ? t('already', { count: m.duplicates }) : '',
    bad.length ? t('badFiles', { files: bad.join(', ') }) : '',
  ]
    .filter(Boolean)
    .join(' ');
  h.save();
  h.announce(h.state.trainingMsg);
}

function exportRound(h: BoardHost, type: 'csv' | 'json'): void {
  const date = localDate();
  const e = roundExport(h.pack, h.round, h.answers.length, dimensionResults(h.pack, h.answers), date);
  const body = type === 'csv' ? roundCsv(e, h.state.previous) : JSON.stringify(e, null, 2);
  h.announce(h.t('exported', { file: downloadFile(`${h.pack.id}-${h.round || date}.${type}`, body) }));
}

/** The radar chart with its table, the weakest dimensions with advice, the comparison, the export and the report. */
export function renderPicture(h: BoardHost): TemplateResult {
  const { t, lang, pack } = h;
  const dims = dimensionResults(pack, h.answers);
  const prev = h.state.previous;
  const before = (d: DimensionResult): number | undefined => prev?.dimensions.find((x) => x.id === d.id)?.median;
  const k = dims.length;
  const title = (d: DimensionResult): TemplateResult => html`<span lang=${lang ?? nothing}>${plain(d.title)}</span>`;
  const rec = (id: string): string => plain(pack.dimensions.find((d) => d.id === id)!.recommendation);
  const prevMedians = dims.map((d) => before(d));
  return html`<p>${t('summary', { count: h.answers.length })}</p>
    <div class="picture">
      <svg viewBox="0 0 260 260" role="img" aria-labelledby="chart-title">
        <title id="chart-title">${t('chartTitle')}</title>
        ${svg`<polygon class="iqr" points=${ring(dims.map((d) => d.q3))}></polygon>
          <polygon class="iqr-hole" points=${ring(dims.map((d) => d.q1))}></polygon>
          ${[1, 2, 3, 4, 5].map((v) => svg`<polygon class="ring" points=${ring(dims.map(() => v))}></polygon>`)}
          ${dims.map((_, i) => {
            const [x, y] = xy(i, k, 5);
            return svg`<line class="axis" x1=${C} y1=${C} x2=${x} y2=${y}></line>`;
          })}
          ${prev && prevMedians.every((m) => m !== undefined) ? svg`<polygon class="before" points=${ring(prevMedians as number[])}></polygon>` : nothing}
          <polygon class="now" points=${ring(dims.map((d) => d.median))}></polygon>
          ${dims.map((_, i) => {
            const [x, y] = xy(i, k, 5.9);
            return svg`<text x=${x} y=${y} text-anchor="middle" dominant-baseline="middle">${i + 1}</text>`;
          })}`}
      </svg>
      <div>
        <p class="caption" id="table-caption">${t('tableCaption')}</p>
        <div class="scroll" role="region" tabindex="0" aria-labelledby="table-caption">
          <table aria-labelledby="table-caption">
            <thead>
              <tr>
                <th scope="col">${t('dimension')}</th>
                <th scope="col" class="num">${t('median')}</th>
                <th scope="col" class="num">${t('range')}</th>
                <th scope="col" class="num">${t('iqr')}</th>
                ${prev ? html`<th scope="col" class="num">${t('previous', { round: prev.round })}</th><th scope="col" class="num">${t('change')}</th>` : nothing}
              </tr>
            </thead>
            <tbody>
              ${dims.map((d, i) => {
                const b = before(d);
                return html`<tr data-dimension=${d.id}>
                  <th scope="row">${i + 1}. ${title(d)}</th>
                  <td class="num">${num(h, d.median)}</td>
                  <td class="num">${num(h, d.min)}–${num(h, d.max)}</td>
                  <td class="num">${num(h, d.q1)}–${num(h, d.q3)}</td>
                  ${prev
                    ? html`<td class="num">${b === undefined ? '–' : num(h, b)}</td><td class="num">${b === undefined ? '–' : num(h, Math.round((d.median - b) * 100) / 100, true)}</td>`
                    : nothing}
                </tr>`;
              })}
            </tbody>
          </table>
        </div>
        <ul class="legend">
          <li class="now">${t('legendNow')}</li>
          <li class="band">${t('legendBand')}</li>
          ${prev ? html`<li class="before">${t('legendBefore', { round: prev.round })}</li>` : nothing}
        </ul>
        <p class="note">${t('scaleNote')}</p>
      </div>
    </div>
    <h4>${t('weakest')}</h4>
    <ol class="weak">
      ${weakest(dims).map(
        (d) => html`<li data-dimension=${d.id}><strong>${title(d)}</strong> (${t('median')} ${num(h, d.median)}): <span lang=${lang ?? nothing}>${rec(d.id)}</span></li>`,
      )}
    </ol>
    <div data-noprint>
      <h4>${t('compareTitle')}</h4>
      <label for="previous-file">${t('previousLabel')}</label>
      <p><input type="file" id="previous-file" accept=".json,application/json" @change=${(e: Event) =>
        void h.files(e.target as HTMLInputElement, (text, name) => loadPrevious(h, text, name))} /></p>
      ${h.state.prevMsg ? html`<p class="status">${h.state.prevMsg}</p>` : nothing}
      <h4>${t('exportTitle')}</h4>
      <p class="note">${t('exportNote')}</p>
      <p class="row">
        <button type="button" part="button" data-action="export-csv" @click=${() => exportRound(h, 'csv')}>${t('exportCsv')}</button>
        <button type="button" part="button" data-action="export-json" @click=${() => exportRound(h, 'json')}>${t('exportJson')}</button>
        <button type="button" part="button" data-action="print" @click=${() => void printOnly(h.el)}>${t('print')}</button>
      </p>
    </div>`;
}

/** The joint training: files in, completions per agency and role, competencies, decisions gone wrong, names on request. */
export function renderTraining(h: BoardHost): TemplateResult {
  const { t, state } = h;
  const s = summarize(state.results);
  const pct = (n: number): string => `${num(h, n, false, 1)} %`;
  const table = (id: string, caption: string, head: string[], rows: unknown[][]): TemplateResult => html`<p class="caption" id=${id}>${caption}</p>
    <div class="scroll" role="region" tabindex="0" aria-labelledby=${id}>
      <table aria-labelledby=${id}>
        <thead><tr>${head.map((x) => html`<th scope="col">${x}</th>`)}</tr></thead>
        <tbody>${rows.map(([x, ...cells]) => html`<tr><th scope="row">${x}</th>${cells.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
      </table>
    </div>`;
  return html`<section data-noprint aria-labelledby="training-title">
    <h3 id="training-title">${t('trainingTitle')}</h3>
    <label for="training-files">${t('trainingFiles')}</label>
    <p class="hint">${t('trainingHint')}</p>
    <p><input type="file" id="training-files" multiple accept=".json,application/json" @change=${async (e: Event) => {
      const texts: { text: string; name: string }[] = [];
      await h.files(e.target as HTMLInputElement, (text, name) => texts.push({ text, name }));
      importResults(h, texts);
    }} /></p>
    ${state.trainingMsg ? html`<p class="status" part="feedback">${state.trainingMsg}</p>` : nothing}
    ${s.attempts
      ? html`<p>${t('attempts', { count: s.attempts })}</p>
          ${table('roles-caption', t('rolesCaption'), [t('agency'), t('role'), t('completions'), t('passed')], s.roles.map((r) => [
            t(`contacts:type.${r.agency}`, { defaultValue: r.agency }), plain(r.role), r.completions, r.passed,
          ]))}
          ${table('comp-caption', t('competenciesCaption'), [t('competency'), t('average'), t('attemptsCol')], s.competencies.map((c) => [plain(c.title), pct(c.percent), c.attempts]))}
          <h4>${t('wrongTitle')}</h4>
          ${s.wrong.length
            ? html`<ol class="wrong">${s.wrong.map((w) => html`<li>${t('wrongAt', { scene: plain(w.sceneId), pack: plain(w.packId), wrong: w.wrong, met: w.met })}</li>`)}</ol>`
            : html`<p>${t('noWrong')}</p>`}
          <p>
            <button type="button" part="button" data-action="names" aria-expanded=${state.showNames} aria-controls="people"
              @click=${() => ((state.showNames = !state.showNames), h.save())}>${t('showNames')}</button>
          </p>
          <div id="people" ?hidden=${!state.showNames}>
            ${state.showNames
              ? table('people-caption', t('peopleCaption'), [t('name'), t('role'), t('score'), t('passed'), t('date')], state.results.map((r) => [
                  r.trainee?.name ? plain(r.trainee.name) : t('noName'), plain(r.role.title), pct((r.maxScore > 0 ? r.score / r.maxScore : 0) * 100),
                  t(r.passed ? 'yes' : 'no'), String(r.completedAt).slice(0, 10),
                ]))
              : nothing}
          </div>`
      : nothing}
  </section>`;
}
