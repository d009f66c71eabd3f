import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ProcedureTrainingPack, TrainingScene } from '../../core/types.js';
import type { TrainingResult } from '../../core/training-result.js';
import {
  choose,
  currentScene,
  decisionsToEnd,
  deserializeProgress,
  isBest,
  isEnded,
  proceed,
  roleOf,
  sceneOf,
  serializeProgress,
  startAttempt,
  answersOf,
  scoreAttempt,
  type Trainee,
  type TrainingProgress,
} from '../../core/training.js';
import { BIDI, plainText } from '../../core/markup.js';
import { AmanPackElement } from '../../shared/pack-element.js';
import { DeviceDataController, deviceDataStyles } from '../../shared/device-data.js';
import { choiceGroup } from '../../shared/choice.js';
import { inline } from '../../shared/ui.js';
import type { PresenterSteps } from '../../shared/steps.js';
import { trainingStyles } from './procedure-training.styles.js';
import type { EndHost } from './end.js';
import type { CertHost, CertScreen } from './certify.js';
import type { LrsCredentials } from '../../xapi/queue.js';
import { translator } from '../../shared/i18n.js';
import { printOnly } from '../../shared/print.js';
import { certificateStyles } from '../../certificates/view.styles.js';
import type { PropertyDeclarations } from 'lit';

const plain = (s: string): string => s.replace(BIDI, '');
const TRAINEE_KEY = 'training-trainee';

/**
 * Staff of several agencies take one case through the referral path, each from their own role: a branching case
 * where every decision gets feedback on good practice and the agency that owns the step, and its consequence shows
 * in the next scene. The end gives a result per competency, a debrief of every decision, where this role's path
 * meets the other agencies', and the result to download (JSON, CSV). There is never a timer. Progress and the
 * trainee's name stay on this device (under `aman:`) until they export; "clear my data" wipes them.
 *
 * @summary Branching case simulation through the multi-agency referral path, by role, scored per competency.
 *
 * @slot export - Beside the JSON and CSV downloads on the results screen: more ways to take the result away.
 *
 * @csspart base - The outer box.
 * @csspart header - Title, the role played, start again and another role.
 * @csspart body - The role picker, a decision, or the results.
 * @csspart option - A competency's result, a decision in the debrief, another role's view.
 * @csspart feedback - Feedback on a decision, the pass or not, and messages about what is missing.
 * @csspart button - Every button.
 * @csspart footer - Where the data is kept, and "clear my data".
 *
 * @cssproperty --aman-color-primary - Buttons, links, the competency bars.
 * @cssproperty --aman-scale - Text scale (the `scale="projector"` attribute sets 1.75).
 * @cssproperty --aman-font-family - Font stack (system fonts by default; nothing is downloaded).
 *
 * @fires aman-progress - After each decision: `{packId, step, total}`, step = decisions taken, total = those and the fewest still ahead.
 * @fires aman-complete - When the case ends: `{packId, score, maxScore, passed, durationMs, answers}`, answers by scene id.
 * @fires aman-step - When the screen on show changes: `{packId, step, total}` (the presenter's step protocol).
 * @fires aman-error - When the pack cannot be loaded or is invalid: `{packId, message, path}`.
 */
export class AmanProcedureTraining extends AmanPackElement<ProcedureTrainingPack> implements PresenterSteps {
  static override styles = [...AmanPackElement.styles, deviceDataStyles, trainingStyles, certificateStyles];

  static override properties: PropertyDeclarations = {
    lrsEndpoint: { type: String, attribute: 'lrs-endpoint' },
    view: { type: String },
  };

  /**
   * The agency's Learning Record Store (its xAPI endpoint). Off by default: with it, every finished case is sent as
   * xAPI statements (queued on the device while offline). Credentials come from the host page (`lrsAuth`), never
   * from a pack; the page's CSP must allow the endpoint in `connect-src` (docs/xapi.md).
   */
  declare lrsEndpoint: string | null;
  /** The `Authorization` value for the LRS, or a function giving it: set from script by the host page only. */
  lrsAuth: LrsCredentials | undefined = undefined;
  /** `check`: open on "check a certificate" (also when the page's link carries `#cert=…`). */
  declare view: string | null;
  static override namespaces = ['procedure-training', 'contacts', 'common'];
  static override kind = 'procedure-training' as const;

  #progress: TrainingProgress | undefined;
  /** The screen on show: 0 the roles, 1… the decisions, then the results. */
  #step = 0;
  /** The role and the action selected but not yet started or decided. */
  #role: string | undefined;
  #chosen: string | undefined;
  /** "Start" or "decide" was pressed with nothing selected. */
  #ask = false;
  #trainee: Trainee = { name: '' };
  /** The attempt whose `aman-complete` has fired. */
  #completed = '';
  /** The results screen and the exports: a lazy chunk, loaded once a case ends. */
  #end?: typeof import('./end.js');
  /** Certificates and xAPI: a lazy chunk, loaded with the results or for "check a certificate". */
  #cert?: typeof import('./certify.js');
  /** A certificate or the check, shown instead of the case. */
  #screen?: CertScreen;
  #trustedAs?: string;
  #lrs?: { pending: number; error?: string };
  readonly #data = new DeviceDataController(
    this,
    () => this.i18n.t,
    () => {
      this.#progress = undefined;
      this.#trainee = { name: '' };
      this.#role = this.#chosen = undefined;
      this.#show(0);
      this.live.announce(this.i18n.t('common:cleared'), '.step-title');
    },
  );

  /** The result of the finished case (what the exports carry), else undefined. */
  get result(): TrainingResult | undefined {
    const pack = this.content.pack;
    const p = this.#progress;
    return pack && p && isEnded(pack, p) && this.#end ? this.#end.resultOf(pack, p, this.#trainee) : undefined;
  }

  get #key(): string {
    return `training:${this.content.pack?.id}`;
  }

  // --- the presenter's step protocol ---------------------------------------------------------------------------

  /** The role picker, each decision met so far (the open one included), and the results once the case ends. */
  get stepCount(): number {
    const p = this.#progress;
    return p ? p.decisions.length + (p.reviewing ? 1 : 2) : 1;
  }

  get currentStep(): number {
    return this.#step;
  }

  goToStep(index: number): void {
    this.#go(index);
  }

  nextStep(): boolean {
    return this.#go(this.#step + 1);
  }

  prevStep(): boolean {
    return this.#go(this.#step - 1);
  }

  stepTitle(index: number): string {
    const pack = this.content.pack;
    const s = pack && this.#sceneAt(pack, index);
    if (!pack || index < 0 || index >= this.stepCount) return '';
    if (!index) return this.i18n.t('rolesTitle');
    if (!s || s.end) return this.i18n.t('endTitle');
    const text = plainText(s.text);
    return text.length > 60 ? `${text.slice(0, 59)}…` : text;
  }

  stepNotes(index: number): string | undefined {
    const pack = this.content.pack;
    const s = pack && index > 0 ? this.#sceneAt(pack, index) : undefined;
    if (!s?.choices) return undefined;
    return this.i18n.t('notesBest', { text: s.choices.filter((c) => isBest(s, c)).map((c) => plain(c.text)).join(' / ') });
  }

  /** The scene of step `index` (≥ 1): a decided one, or where the case is now. */
  #sceneAt(pack: ProcedureTrainingPack, index: number): TrainingScene | undefined {
    const p = this.#progress;
    if (!p || index < 1) return undefined;
    const d = p.decisions[index - 1];
    return d ? sceneOf(pack, d.sceneId) : currentScene(pack, p);
  }

  /** The step where the case is now. */
  get #live(): number {
    const p = this.#progress;
    return p ? p.decisions.length + (p.reviewing ? 0 : 1) : 0;
  }

  #go(index: number): boolean {
    const to = Math.max(0, Math.min(index, this.stepCount - 1));
    if (to === this.#step) return false;
    this.#show(to);
    this.live.announce('', '.step-title');
    return true;
  }

  /** Shows step `to` and tells the page. */
  #show(to: number): void {
    const changed = to !== this.#step;
    this.#step = to;
    this.#ask = false;
    this.requestUpdate();
    if (changed && this.content.pack) this.emit('aman-step', { packId: this.content.pack.id, step: to, total: this.stepCount });
  }

  // --- state ---------------------------------------------------------------------------------------------------

  protected override packReady(pack: ProcedureTrainingPack): void {
    this.#progress = deserializeProgress(this.#data.get(this.#key), pack);
    try {
      const t = JSON.parse(this.#data.get(TRAINEE_KEY) ?? '{}');
      this.#trainee = { name: typeof t.name === 'string' ? t.name.slice(0, 200) : '', agency: typeof t.agency === 'string' ? t.agency.slice(0, 200) : '' };
    } catch {
      this.#trainee = { name: '' };
    }
    const p = this.#progress;
    // A case that ended before the reload has told the page already.
    if (p && isEnded(pack, p)) this.#completed = p.attemptId;
    this.#role = p?.roleId;
    this.#chosen = undefined;
    this.#step = -1;
    this.#show(this.#live);
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    const pack = this.content.pack;
    if (pack && this.#progress && isEnded(pack, this.#progress) && !this.#end) {
      void import('./end.js').then((m) => {
        this.#end = m;
        this.requestUpdate();
      });
      void this.#loadCert();
    }
  }

  #save(p: TrainingProgress | undefined): void {
    this.#progress = p;
    if (p) this.#data.save(this.#key, serializeProgress(this.content.pack!, p));
  }

  /** Starts `roleId` afresh (a new attempt). */
  #start(roleId: string | undefined): void {
    const pack = this.content.pack!;
    const role = roleId && roleOf(pack, roleId);
    if (!role) {
      this.#ask = true;
      this.live.announce(this.i18n.t('chooseRole'), '[data-question=role] input');
      this.requestUpdate();
      return;
    }
    this.#role = role.id;
    this.#chosen = undefined;
    this.#save(startAttempt(pack, role.id, Date.now()));
    this.#show(1);
    this.live.announce(this.i18n.t('started', { role: plain(role.title) }), '.step-title');
  }

  #decide(): void {
    const pack = this.content.pack!;
    const p = this.#progress!;
    const scene = currentScene(pack, p);
    const c = scene.choices?.find((x) => x.id === this.#chosen);
    if (!c) {
      this.#ask = true;
      this.live.announce(this.i18n.t('chooseFirst'), `[data-question^=scene] input`);
      this.requestUpdate();
      return;
    }
    const next = choose(pack, p, c.id);
    this.#save(next);
    this.#chosen = undefined;
    const done = next.decisions.length;
    this.emit('aman-progress', { packId: pack.id, step: done, total: done + decisionsToEnd(pack, c.next) });
    this.#show(this.#live);
    this.live.announce(`${this.i18n.t(isBest(scene, c) ? 'best' : 'notBest')} ${plainText(c.feedback)}`.trim(), '[data-action=continue]');
  }

  /** "Continue": from the feedback on to the consequence, or along the decisions already taken. */
  #continue(): void {
    const pack = this.content.pack!;
    const p = this.#progress!;
    if (this.#step === this.#live && p.reviewing) {
      const next = proceed(pack, p, Date.now());
      this.#save(next);
      if (isEnded(pack, next)) this.#complete(next);
    }
    this.#show(this.#step + 1);
    this.live.announce('', '.step-title');
  }

  async #loadCert(): Promise<typeof import('./certify.js')> {
    if (!this.#cert) {
      const [m] = await Promise.all([import('./certify.js'), this.i18n.need('certificate')]);
      this.#cert = m;
      this.#trustedAs = await m.trustedAsOf();
      this.requestUpdate();
    }
    return this.#cert;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A link that carries a certificate's code (or `view="check"`) opens on the check.
    if (this.view === 'check' || location.hash.includes('cert='))
      void this.#loadCert().then((m) => this.#showCert({ kind: 'check', value: m.codeInLink() || undefined }, '.check-title'));
  }

  #showCert(screen: CertScreen | undefined, focus?: string): void {
    this.#screen = screen;
    this.requestUpdate();
    if (focus) this.live.focusAfterRender(focus);
  }

  #certHost(): CertHost {
    return {
      t: this.i18n.t,
      tc: translator(this.i18n.lang as 'id', 'certificate'),
      lang: this.i18n.lang as 'id',
      result: this.result,
      screen: this.#screen,
      show: (screen, focus) => this.#showCert(screen, focus),
      announce: (text) => this.live.announce(text),
      print: () => void printOnly(this, () => this.updateComplete),
    };
  }

  #complete(p: TrainingProgress): void {
    const pack = this.content.pack!;
    if (this.#completed === p.attemptId) return;
    this.#completed = p.attemptId;
    if (this.lrsEndpoint) {
      const endpoint = this.lrsEndpoint;
      void Promise.all([import('./end.js'), this.#loadCert()]).then(([end, cert]) => {
        this.#end ??= end;
        const r = this.result;
        if (r)
          cert.sendToLrs(r, endpoint, this.lrsAuth, (state) => {
            this.#lrs = state;
            this.requestUpdate();
          });
      });
    }
    const s = scoreAttempt(pack, p);
    this.emit('aman-complete', {
      packId: pack.id,
      score: s.score,
      maxScore: s.maxScore,
      passed: s.passed,
      durationMs: Math.max(0, (p.finishedAt ?? Date.now()) - p.startedAt),
      answers: answersOf(p),
    });
  }

  /** Back to the roles, with the one played selected. */
  #otherRole(): void {
    this.#role = this.#progress?.roleId;
    this.#show(0);
    this.live.announce('', '.step-title');
  }

  #num(n: number): string {
    return new Intl.NumberFormat([this.i18n.lang, 'id'], { maximumFractionDigits: 1 }).format(n);
  }

  #agency(type: string): string {
    return this.i18n.t(`contacts:type.${type}`);
  }

  // --- rendering -----------------------------------------------------------------------------------------------

  protected override renderPack(pack: ProcedureTrainingPack): TemplateResult {
    const t = this.i18n.t;
    const p = this.#progress;
    const role = p && roleOf(pack, p.roleId);
    const lang = this.contentLang;
    // On the results, "try again" and "another role" close the page: the header does not repeat them.
    const end = !!this.#sceneAt(pack, this.#step)?.end;
    return html`
      <header part="header">
        <h2 lang=${lang ?? nothing}>${plain(pack.title)}</h2>
        ${role && this.#step ? html`<p class="playing">${t('playing', { role: plain(role.title), agency: this.#agency(role.agency) })}</p>` : nothing}
        ${role && this.#step && !end
          ? html`<div class="row">
              <button type="button" part="button" data-action="restart" @click=${() => this.#start(role.id)}>${t('restart')}</button>
              <button type="button" part="button" data-action="roles" @click=${this.#otherRole}>${t('otherRole')}</button>
            </div>`
          : nothing}
      </header>
      <div part="body" data-screen=${this.#screen ? this.#screen.kind : !this.#step ? 'roles' : end ? 'end' : 'decision'}>
        ${this.#screen && this.#cert
          ? this.#cert.renderCertScreen(this.#certHost(), this.#screen, this.#trustedAs)
          : !this.#step
            ? this.#renderRoles(pack)
            : this.#renderStep(pack, p!)}
      </div>
      <footer part="footer">${this.#data.render()}</footer>
    `;
  }

  #renderRoles(pack: ProcedureTrainingPack): TemplateResult {
    const t = this.i18n.t;
    const lang = this.contentLang;
    return html`<h3 class="step-title" tabindex="-1">${t('rolesTitle')}</h3>
      ${pack.description ? html`<p>${inline(pack.description, lang)}</p>` : nothing}
      <p class="note">${t('rolesHint')}</p>
      ${choiceGroup({
        name: 'role',
        legend: t('roleLegend'),
        hint: this.#ask ? t('chooseRole') : undefined,
        options: pack.roles.map((r) => [r.id, `${plain(r.title)} — ${this.#agency(r.agency)}`] as const),
        value: this.#role,
        onChange: (v) => {
          this.#role = v;
          this.#ask = false;
          this.requestUpdate();
        },
        lang,
      })}
      <p><button type="button" part="button" data-variant="primary" data-action="start" @click=${() => this.#start(this.#role)}>${t('start')}</button></p>
      <p><button type="button" part="button" class="link-button" data-action="check-cert"
        @click=${() => void this.#loadCert().then(() => this.#showCert({ kind: 'check' }, '.check-title'))}>${t('checkCert')}</button></p>`;
  }

  #renderStep(pack: ProcedureTrainingPack, p: TrainingProgress): unknown {
    const t = this.i18n.t;
    const lang = this.contentLang;
    const scene = this.#sceneAt(pack, this.#step)!;
    if (scene.end) {
      if (!this.#end) return html`<p role="status" aria-busy="true">${t('common:loading')}</p>`;
      return this.#end.renderEnd(this.#endHost(pack, p, scene));
    }
    const d = p.decisions[this.#step - 1];
    const c = d && scene.choices!.find((x) => x.id === d.choiceId)!;
    return html`<h3 class="step-title" tabindex="-1">${t('decision', { n: this.#step })}</h3>
      <div class="scene">${inline(scene.text, lang)}</div>
      ${c
        ? html`<p><strong>${t('youChose')}</strong> <span lang=${lang ?? nothing}>${plain(c.text)}</span></p>
            ${this.#feedback(scene, c, p)}
            <p><button type="button" part="button" data-variant="primary" data-action="continue" @click=${this.#continue}>${t('continue')}</button></p>`
        : html`${choiceGroup({
              name: `scene-${scene.id}`,
              legend: t('whatDo'),
              hint: this.#ask ? t('chooseFirst') : undefined,
              options: scene.choices!.map((x) => [x.id, plain(x.text)] as const),
              value: this.#chosen,
              onChange: (v) => {
                this.#chosen = v;
                this.#ask = false;
                this.requestUpdate();
              },
              lang,
            })}
            <p><button type="button" part="button" data-variant="primary" data-action="decide" @click=${this.#decide}>${t('decide')}</button></p>`}`;
  }

  #feedback(scene: TrainingScene, c: NonNullable<TrainingScene['choices']>[number], p: TrainingProgress): TemplateResult {
    const t = this.i18n.t;
    const lang = this.contentLang;
    const best = isBest(scene, c);
    const agency = scene.agency ?? roleOf(this.content.pack!, p.roleId)!.agency;
    return html`<div part="feedback" class="feedback" data-state=${best ? 'ok' : 'better'}>
      <p><strong>${t(best ? 'best' : 'notBest')}</strong></p>
      ${best
        ? nothing
        : html`<ul lang=${lang ?? nothing}>${scene.choices!.filter((x) => isBest(scene, x)).map((x) => html`<li>${plain(x.text)}</li>`)}</ul>`}
      ${c.feedback ? html`<p>${inline(c.feedback, lang)}</p>` : nothing}
      <p class="owner">${t('owner', { agency: this.#agency(agency) })}</p>
    </div>`;
  }

  #endHost(pack: ProcedureTrainingPack, p: TrainingProgress, scene: TrainingScene): EndHost {
    const host = this;
    return {
      t: this.i18n.t,
      pack,
      progress: p,
      scene,
      lang: this.contentLang,
      get trainee() {
        return host.#trainee;
      },
      agency: (type) => this.#agency(type),
      num: (n) => this.#num(n),
      feedback: (s, c) => this.#feedback(s, c, p),
      setTrainee: (key, value) => {
        this.#trainee = { ...this.#trainee, [key]: value };
        this.#data.save(TRAINEE_KEY, JSON.stringify(this.#trainee));
      },
      announce: (text) => this.live.announce(text),
      tools: () => (this.#cert ? this.#cert.certTools(this.#certHost(), this.lrsEndpoint ? this.#lrs ?? { pending: 0 } : undefined) : nothing),
      retry: () => this.#start(p.roleId),
      otherRole: () => this.#otherRole(),
      play: (roleId) => this.#start(roleId),
    };
  }
}
