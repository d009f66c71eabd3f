import { downloadFile } from '../../shared/download.js';
import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { ProcedureTrainingPack, TrainingChoice, TrainingScene } from '../../core/types.js';
import type { TrainingResult } from '../../core/training-result.js';
import { pathOf, sceneOf, type Trainee, type TrainingProgress } from '../../core/training.js';
import { buildResult, meetings, resultCsv, visitedScenes } from '../../core/training-export.js';
import { BIDI, plainText } from '../../core/markup.js';
import { inline } from '../../shared/ui.js';

// The results of a case: per competency, the total and the pass, the debrief of every decision, where this role's
// path meets the other agencies', the trainee's name and the exports. Apart from the element because it is needed
// only once a case ends: the element loads this lazily.

/** What the results screen needs from the element. */
export interface EndHost {
  readonly t: TFunction;
  readonly pack: ProcedureTrainingPack;
  readonly progress: TrainingProgress;
  /** The end scene reached. */
  readonly scene: TrainingScene;
  readonly lang: string | undefined;
  readonly trainee: Trainee;
  agency(type: string): string;
  num(n: number): string;
  feedback(scene: TrainingScene, choice: TrainingChoice): TemplateResult;
  /** Keeps the name or agency on the device. */
  setTrainee(key: 'name' | 'agency', value: string): void;
  announce(text: string): void;
  /** The certificate and xAPI buttons (a lazy chunk of their own), or nothing while it loads. */
  tools(): unknown;
  retry(): void;
  otherRole(): void;
  play(roleId: string): void;
}

const plain = (s: string): string => s.replace(BIDI, '');
const short = (s: string): string => {
  const text = plainText(s);
  return text.length > 90 ? `${text.slice(0, 89)}…` : text;
};
/** The object URL of the last download, revoked when the next one is made. */

/** The finished attempt as every export reads it. */
export const resultOf = (pack: ProcedureTrainingPack, p: TrainingProgress, trainee: Trainee): TrainingResult => buildResult(pack, p, trainee);

/** A file from the result (a Blob and a[download]: offline, no request, no HTML sink, fine under Trusted Types). */
function download(h: EndHost, type: 'json' | 'csv'): void {
  const r = resultOf(h.pack, h.progress, h.trainee);
  const name = `${r.pack.id}-${r.role.id}-${r.completedAt.slice(0, 10)}.${type}`;
  h.announce(h.t('exported', { file: downloadFile(name, type === 'csv' ? resultCsv(h.pack, r) : JSON.stringify(r, null, 2)) }));
}

/** A result as a bar (drawn in SVG, geometry in its attributes) with the numbers written beside it. */
function bar(score: number, max: number): TemplateResult {
  const w = max > 0 ? Math.max(0, Math.min(score, max)) : 0;
  return html`<svg class="bar" viewBox=${`0 0 ${max > 0 ? max : 1} 1`} preserveAspectRatio="none" aria-hidden="true">
    <rect class="track" width=${max > 0 ? max : 1} height="1"></rect>
    <rect width=${w} height="1"></rect>
  </svg>`;
}

export function renderEnd(h: EndHost): TemplateResult {
  const { t, pack, progress: p, lang } = h;
  const r = resultOf(pack, p, h.trainee);
  const percent = r.maxScore > 0 ? Math.round((Math.max(0, r.score) / r.maxScore) * 100) : 100;
  const others = meetings(pack, p.roleId, visitedScenes(pack, p));
  return html`<h3 class="step-title" tabindex="-1">${t('endTitle')}</h3>
    <h4>${t('outcome')}</h4>
    <div class="scene">${inline(h.scene.text, lang)}</div>
    <div part="feedback" class="feedback" data-state=${r.passed ? 'ok' : 'better'}>
      <p><strong>${t(r.passed ? 'passed' : 'notPassed')}</strong> ${t('total', { score: h.num(r.score), max: h.num(r.maxScore), percent })}</p>
      <p>${t('passMark', { percent: Math.round(pack.passMark * 100) })}</p>
    </div>
    <h4>${t('competencies')}</h4>
    <ul class="results">
      ${r.competencies.map(
        (c) => html`<li part="option">
          <span lang=${lang ?? nothing}>${plain(c.title)}</span>: <span class="value">${t('scoreOf', { score: h.num(c.score), max: h.num(c.maxScore) })}</span>
          ${bar(c.score, c.maxScore)}
        </li>`,
      )}
    </ul>
    <h4>${t('debrief')}</h4>
    <ol class="debrief">
      ${pathOf(pack, p).map(
        ({ scene, choice, best }) => html`<li part="option">
          <div class="scene">${inline(scene.text, lang)}</div>
          <p><strong>${t('youChose')}</strong> <span lang=${lang ?? nothing}>${plain(choice.text)}</span>
            (${t(best ? 'bestShort' : 'notBestShort')})</p>
          ${h.feedback(scene, choice)}
        </li>`,
      )}
    </ol>
    <h4>${t('others')}</h4>
    ${others.length
      ? html`<p>${t('othersIntro')}</p>
          <ul class="others">
            ${others.map(
              (m) => html`<li part="option">
                <p><strong lang=${lang ?? nothing}>${plain(m.role.title)}</strong> — ${h.agency(m.role.agency)}</p>
                ${m.onPath.length
                  ? html`<p>${t('metOnPath')}</p>
                      <ul lang=${lang ?? nothing}>${m.onPath.map((id) => html`<li>${short(sceneOf(pack, id)!.text)}</li>`)}</ul>`
                  : nothing}
                ${m.ends.length ? html`<p>${t('sameEnds')}</p>` : nothing}
                <button type="button" part="button" data-play=${m.role.id} @click=${() => h.play(m.role.id)}>${t('playAs', { role: plain(m.role.title) })}</button>
              </li>`,
            )}
          </ul>`
      : html`<p>${t('noOthers')}</p>`}
    <div class="row">
      <button type="button" part="button" data-variant="primary" data-action="retry" @click=${h.retry}>${t('tryAgain')}</button>
      <button type="button" part="button" data-action="other-role" @click=${h.otherRole}>${t('otherRole')}</button>
    </div>
    ${renderExport(h)}`;
}

/**
 * EXPORT AREA: the trainee's name and the downloads. The certificate (`aman-sign`) and the xAPI statements plug in
 * here, beside JSON and CSV, each taking the element's `result` (a `TrainingResult`); a host page can add its own
 * through the `export` slot.
 */
function renderExport(h: EndHost): TemplateResult {
  const t = h.t;
  const field = (key: 'name' | 'agency'): TemplateResult => html`<label class="field">
    <span>${t(key)}</span>
    <input type="text" name=${`trainee-${key}`} maxlength="200" autocomplete=${key === 'name' ? 'name' : 'organization'}
      .value=${h.trainee[key] ?? ''} @input=${(e: InputEvent) => h.setTrainee(key, (e.target as HTMLInputElement).value)} />
  </label>`;
  return html`<section class="export" data-area="export" aria-labelledby="export-title">
    <h4 id="export-title">${t('export')}</h4>
    <fieldset class="trainee">
      <legend>${t('trainee')}</legend>
      <p class="note">${t('traineeNote')}</p>
      ${field('name')} ${field('agency')}
    </fieldset>
    <div class="row">
      <button type="button" part="button" data-action="export-json" @click=${() => download(h, 'json')}>${t('downloadJson')}</button>
      <button type="button" part="button" data-action="export-csv" @click=${() => download(h, 'csv')}>${t('downloadCsv')}</button>
      <slot name="export"></slot>
    </div>
    ${h.tools()}
  </section>`;
}
