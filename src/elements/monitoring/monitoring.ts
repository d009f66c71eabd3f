import { html, nothing, svg, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { CollaborationCheckPack } from '../../core/types.js';
import type { TrainingResult } from '../../core/training-result.js';
import {
  decodeResponse,
  dimensionResults,
  MIN_RESPONSES,
  readCodes,
  readRound,
  roundCsv,
  roundExport,
  weakest,
  type CodeProblem,
  type DimensionResult,
  type RoundExport,
} from '../../core/collaboration.js';
import { localDate } from '../../core/stigma.js';
import { BIDI } from '../../core/markup.js';
import { mergeResults, readResults, summarize } from '../../core/training-summary.js';
import { AmanPackElement } from '../../shared/pack-element.js';
import { DeviceDataController } from '../../shared/device-data.js';
import { downloadFile } from '../../shared/download.js';
import { tableStyles } from '../../shared/form.styles.js';
import { printOnly } from '../../shared/print.js';
import { monitoringStyles } from './monitoring.styles.js';

const plain = (s: string): string => s.replace(BIDI, '');
/** The radar's centre and radius (viewBox 0 0 260 260); a value v of 1…5 sits at v/5 of the radius. */
const C = 130;
const R = 100;
const at = (i: number, n: number, v: number): string => {
  const a = (2 * Math.PI * i) / n;
  return `${(C + (R * v * Math.sin(a)) / 5).toFixed(1)},${(C - (R * v * Math.cos(a)) / 5).toFixed(1)}`;
};
const ring = (vs: readonly number[]): string => vs.map((v, i) => at(i, vs.length, v)).join(' ');

/** What the board keeps of a round on the coordinator's device. */
interface Saved {
  codes?: string[];
  previous?: RoundExport;
  results?: TrainingResult[];
}

/**
 * The forum coordinator's board. It reads the same collaboration-check pack as `<aman-collaboration-check>`, takes
 * the members' response codes (pasted — one per line or a whole WhatsApp chat export — or as text files), and shows
 * per dimension the group's median and spread as a radar chart with its table, the weakest dimensions with the
 * pack's recommendations, and the change since a previous round (its JSON export). Nothing shows until three
 * responses are in: a smaller group is not anonymous. It also imports training result files and shows completions
 * per agency and role, each competency's average and the decisions most often gone wrong; names only in the
 * per-person list, behind a button. The round is kept on this device only, with "clear my data"; CSV, JSON and a
 * one-page A4 report take it to the meeting.
 *
 * @summary The forum coordinator's board: response codes and training results in, charts, recommendations, report.
 *
 * @csspart base - The outer box.
 * @csspart header - Title and round.
 * @csspart body - The board.
 * @csspart feedback - Codes or files that could not be read, and why.
 * @csspart button - Every button.
 * @csspart footer - Where the data is kept, and "clear my data".
 *
 * @cssproperty --aman-color-primary - Buttons and the median line of the chart.
 * @cssproperty --aman-color-focus - The previous round's line.
 * @cssproperty --aman-scale - Text scale (the `scale="projector"` attribute sets 1.75).
 *
 * @fires aman-error - When the pack cannot be loaded or is invalid: `{packId, message, path}`.
 */
export class AmanMonitoring extends AmanPackElement<CollaborationCheckPack> {
  static override styles = [...AmanPackElement.styles, tableStyles, monitoringStyles];
  static override namespaces = ['monitoring', 'contacts', 'common'];
  static override kind = 'collaboration-check' as const;

  static override properties: PropertyDeclarations = {
    round: { type: String, reflect: true },
  };

  /** The round on the board (e.g. `2026-12`): codes of another round are refused. */
  declare round: string | null;

  #codes: string[] = [];
  #answers: number[][] = [];
  /** What the last paste or file could not count. */
  #problems: { code: string; problem: CodeProblem }[] = [];
  #previous?: RoundExport;
  #results: TrainingResult[] = [];
  /** The last file messages (previous round, training results). */
  #prevMsg = '';
  #trainingMsg = '';
  #showNames = false;
  readonly #data = new DeviceDataController(
    this,
    () => this.i18n.t,
    () => {
      this.#restore();
      this.live.announce(this.i18n.t('common:cleared'), 'textarea');
    },
  );

  constructor() {
    super();
    this.round = null;
  }

  get #round(): string {
    return this.round ?? '';
  }

  get #key(): string {
    return `monitoring:${this.content.pack?.id}:${this.#round}`;
  }

  protected override packReady(): void {
    this.#restore();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('round') && changed.get('round') !== undefined && this.content.pack) this.#restore();
  }

  /** The round as this device kept it (codes read again against the pack), else an empty board. */
  #restore(): void {
    const pack = this.content.pack!;
    let s: Saved = {};
    try {
      s = JSON.parse(this.#data.get(this.#key) ?? '{}') as Saved;
    } catch {
      /* a damaged entry is an empty board */
    }
    this.#codes = [];
    this.#answers = [];
    for (const c of s.codes ?? []) {
      const r = decodeResponse(pack, this.#round, c);
      if ('answers' in r) {
        this.#codes.push(r.code);
        this.#answers.push(r.answers);
      }
    }
    this.#previous = s.previous && typeof readRound(pack, JSON.stringify(s.previous)) === 'object' ? s.previous : undefined;
    this.#results = Array.isArray(s.results) ? s.results : [];
    this.#problems = [];
    this.#prevMsg = this.#trainingMsg = '';
    this.#showNames = false;
    this.requestUpdate();
  }

  #save(): void {
    const s: Saved = { codes: this.#codes, previous: this.#previous, results: this.#results };
    this.#data.save(this.#key, JSON.stringify(s));
    this.requestUpdate();
  }

  // --- what the coordinator does ---------------------------------------------------------------------------------

  /** Counts every readable, new code in `text`; says how many were added and which could not be, and why. */
  #addCodes(text: string): void {
    const t = this.i18n.t;
    const read = readCodes(this.content.pack!, this.#round, text, new Set(this.#codes));
    let added = 0;
    this.#problems = [];
    for (const r of read) {
      if ('answers' in r) {
        this.#codes.push(r.code);
        this.#answers.push(r.answers);
        added++;
      } else this.#problems.push(r);
    }
    this.#save();
    const parts = [t('added', { count: added }), t('responses', { count: this.#codes.length })];
    if (!read.length) parts[0] = t('noCodes');
    if (this.#problems.length) parts.push(t('unread', { count: this.#problems.length }));
    this.live.announce(parts.join(' '));
  }

  #paste(): void {
    const area = this.renderRoot.querySelector('textarea')!;
    this.#addCodes(area.value);
    if (!this.#problems.length) area.value = '';
  }

  async #files(input: HTMLInputElement, use: (text: string, name: string) => void): Promise<void> {
    for (const f of input.files ?? []) use(await f.text(), f.name);
    input.value = '';
  }

  #loadPrevious(text: string, name: string): void {
    const t = this.i18n.t;
    const r = readRound(this.content.pack!, text);
    if (typeof r === 'string') this.#prevMsg = t(`previousBad.${r}`, { file: name });
    else {
      this.#previous = r;
      this.#prevMsg = t('compared', { round: r.round, count: r.responses });
      this.#save();
    }
    this.live.announce(this.#prevMsg);
    this.requestUpdate();
  }

  #importResults(texts: { text: string; name: string }[]): void {
    const t = this.i18n.t;
    const bad: string[] = [];
    const found: TrainingResult[] = [];
    for (const { text, name } of texts) {
      const r = readResults(text);
      if (r === 'json' || r.bad) bad.push(name);
      if (r !== 'json') found.push(...r.results);
    }
    const m = mergeResults(this.#results, found);
    this.#results = m.results;
    this.#trainingMsg = [
      t('imported', { count: found.length - m.duplicates }),
      m.duplicates ? t('already', { count: m.duplicates }) : '',
      bad.length ? t('badFiles', { files: bad.join(', ') }) : '',
    ].filter(Boolean).join(' ');
    this.#save();
    this.live.announce(this.#trainingMsg);
  }

  #export(type: 'csv' | 'json'): void {
    const pack = this.content.pack!;
    const date = localDate();
    const e = roundExport(pack, this.#round, this.#codes.length, dimensionResults(pack, this.#answers), date);
    const body = type === 'csv' ? roundCsv(e, this.#previous) : JSON.stringify(e, null, 2);
    this.live.announce(this.i18n.t('exported', { file: downloadFile(`${pack.id}-${this.#round || date}.${type}`, body) }));
  }

  // --- rendering -------------------------------------------------------------------------------------------------

  /** Up to two decimals, as the language writes them ("3,5"). */
  #num(n: number, sign = false): string {
    return new Intl.NumberFormat([this.i18n.lang, 'id'], { maximumFractionDigits: 2, signDisplay: sign ? 'exceptZero' : 'auto' }).format(n);
  }

  protected override renderPack(pack: CollaborationCheckPack): TemplateResult {
    const t = this.i18n.t;
    const lang = this.contentLang;
    const n = this.#codes.length;
    return html`<header part="header">
        <h2 lang=${lang ?? nothing}>${plain(pack.title)}</h2>
        <p>${this.#round ? t('round', { round: plain(this.#round) }) : t('noRound')}</p>
      </header>
      <div part="body">
        <section data-noprint aria-labelledby="codes-title">
          <h3 id="codes-title">${t('codesTitle')}</h3>
          <label for="codes">${t('pasteLabel')}</label>
          <p class="hint" id="codes-hint">${t('pasteHint')}</p>
          <textarea id="codes" aria-describedby="codes-hint" spellcheck="false" autocomplete="off"></textarea>
          <p class="row"><button type="button" part="button" data-variant="primary" data-action="add" @click=${() => this.#paste()}>${t('add')}</button></p>
          <label for="code-files">${t('codeFiles')}</label>
          <p><input type="file" id="code-files" multiple accept=".txt,text/plain" @change=${(e: Event) =>
            void this.#files(e.target as HTMLInputElement, (text) => this.#addCodes(text))} /></p>
          <p class="status">${t('responses', { count: n })}</p>
          ${this.#problems.length
            ? html`<div class="problems" part="feedback">
                <p>${t('unread', { count: this.#problems.length })}</p>
                <ul>${this.#problems.map((p) => html`<li><span class="code">${p.code}</span>: ${t(`problem.${p.problem}`)}</li>`)}</ul>
              </div>`
            : nothing}
        </section>
        <section aria-labelledby="picture-title">
          <h3 id="picture-title">${t('pictureTitle')}</h3>
          ${n < MIN_RESPONSES ? html`<p class="status" data-state="too-few">${t('tooFew', { min: MIN_RESPONSES, count: n })}</p>` : this.#renderPicture(pack)}
        </section>
        ${this.#renderTraining()}
      </div>
      <footer part="footer" data-noprint>
        <p class="note">${t('kept')}</p>
        ${this.#data.render()}
      </footer>`;
  }

  #renderPicture(pack: CollaborationCheckPack): TemplateResult {
    const t = this.i18n.t;
    const lang = this.contentLang;
    const dims = dimensionResults(pack, this.#answers);
    const prev = this.#previous;
    const before = (d: DimensionResult): number | undefined => prev?.dimensions.find((x) => x.id === d.id)?.median;
    const k = dims.length;
    const title = (d: DimensionResult): TemplateResult => html`<span lang=${lang ?? nothing}>${plain(d.title)}</span>`;
    const rec = (id: string): string => plain(pack.dimensions.find((d) => d.id === id)!.recommendation);
    const prevMedians = dims.map((d) => before(d));
    return html`<p>${t('summary', { count: this.#codes.length })}</p>
      <div class="picture">
        <svg viewBox="0 0 260 260" role="img" aria-labelledby="chart-title">
          <title id="chart-title">${t('chartTitle')}</title>
          ${svg`<polygon class="iqr" points=${ring(dims.map((d) => d.q3))}></polygon>
            <polygon class="iqr-hole" points=${ring(dims.map((d) => d.q1))}></polygon>
            ${[1, 2, 3, 4, 5].map((v) => svg`<polygon class="ring" points=${ring(dims.map(() => v))}></polygon>`)}
            ${dims.map((_, i) => svg`<line class="axis" x1=${C} y1=${C} x2=${at(i, k, 5).split(',')[0]} y2=${at(i, k, 5).split(',')[1]}></line>`)}
            ${prev && prevMedians.every((m) => m !== undefined) ? svg`<polygon class="before" points=${ring(prevMedians as number[])}></polygon>` : nothing}
            <polygon class="now" points=${ring(dims.map((d) => d.median))}></polygon>
            ${dims.map((_, i) => {
              const [x, y] = at(i, k, 5.9).split(',');
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
                    <td class="num">${this.#num(d.median)}</td>
                    <td class="num">${this.#num(d.min)}–${this.#num(d.max)}</td>
                    <td class="num">${this.#num(d.q1)}–${this.#num(d.q3)}</td>
                    ${prev
                      ? html`<td class="num">${b === undefined ? '–' : this.#num(b)}</td><td class="num">${b === undefined ? '–' : this.#num(Math.round((d.median - b) * 100) / 100, true)}</td>`
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
          (d) => html`<li data-dimension=${d.id}><strong>${title(d)}</strong> (${t('median')} ${this.#num(d.median)}): <span lang=${lang ?? nothing}>${rec(d.id)}</span></li>`,
        )}
      </ol>
      <div data-noprint>
        <h4>${t('compareTitle')}</h4>
        <label for="previous-file">${t('previousLabel')}</label>
        <p><input type="file" id="previous-file" accept=".json,application/json" @change=${(e: Event) =>
          void this.#files(e.target as HTMLInputElement, (text, name) => this.#loadPrevious(text, name))} /></p>
        ${this.#prevMsg ? html`<p class="status">${this.#prevMsg}</p>` : nothing}
        <h4>${t('exportTitle')}</h4>
        <p class="note">${t('exportNote')}</p>
        <p class="row">
          <button type="button" part="button" data-action="export-csv" @click=${() => this.#export('csv')}>${t('exportCsv')}</button>
          <button type="button" part="button" data-action="export-json" @click=${() => this.#export('json')}>${t('exportJson')}</button>
          <button type="button" part="button" data-action="print" @click=${() => void printOnly(this)}>${t('print')}</button>
        </p>
      </div>`;
  }

  #renderTraining(): TemplateResult {
    const t = this.i18n.t;
    const s = summarize(this.#results);
    const pct = (n: number): string => new Intl.NumberFormat([this.i18n.lang, 'id'], { maximumFractionDigits: 1 }).format(n) + ' %';
    const table = (id: string, caption: string, head: string[], rows: unknown[][]): TemplateResult => html`<p class="caption" id=${id}>${caption}</p>
      <div class="scroll" role="region" tabindex="0" aria-labelledby=${id}>
        <table aria-labelledby=${id}>
          <thead><tr>${head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
          <tbody>${rows.map(([h, ...cells]) => html`<tr><th scope="row">${h}</th>${cells.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
        </table>
      </div>`;
    return html`<section data-noprint aria-labelledby="training-title">
      <h3 id="training-title">${t('trainingTitle')}</h3>
      <label for="training-files">${t('trainingFiles')}</label>
      <p class="hint">${t('trainingHint')}</p>
      <p><input type="file" id="training-files" multiple accept=".json,application/json" @change=${async (e: Event) => {
        const texts: { text: string; name: string }[] = [];
        await this.#files(e.target as HTMLInputElement, (text, name) => texts.push({ text, name }));
        this.#importResults(texts);
      }} /></p>
      ${this.#trainingMsg ? html`<p class="status" part="feedback">${this.#trainingMsg}</p>` : nothing}
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
              <button type="button" part="button" data-action="names" aria-expanded=${this.#showNames} aria-controls="people"
                @click=${() => ((this.#showNames = !this.#showNames), this.requestUpdate())}>${t('showNames')}</button>
            </p>
            <div id="people" ?hidden=${!this.#showNames}>
              ${this.#showNames
                ? table('people-caption', t('peopleCaption'), [t('name'), t('role'), t('score'), t('passed'), t('date')], this.#results.map((r) => [
                    r.trainee?.name ? plain(r.trainee.name) : t('noName'), plain(r.role.title), pct((r.maxScore > 0 ? r.score / r.maxScore : 0) * 100),
                    t(r.passed ? 'yes' : 'no'), String(r.completedAt).slice(0, 10),
                  ]))
                : nothing}
            </div>`
        : nothing}
    </section>`;
  }
}
