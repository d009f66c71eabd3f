import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import type { Audience, AudienceText, RegionPack, ReportGuidePack, ReportGuideSection, ReportStepId } from '../../core/types.js';
import { STEP_CONTACTS, groupContacts, planSteps, regionContacts, type ReportAnswers, type YesNo } from '../../core/report.js';
import type { NationalId } from '../../core/report.js';
import { printOnly } from '../../shared/print.js';
import { AmanPackElement } from '../../shared/pack-element.js';
import { choiceGroup } from '../../shared/choice.js';
import {
  DEFAULT_REGION,
  nationalContact,
  phoneLinks,
  regionContact,
  regionController,
  regionErrorView,
  verifiedText,
} from '../../shared/contacts.js';
import { inline } from '../../shared/ui.js';
import { contactStyles } from '../../shared/contacts.styles.js';
import { reportGuideStyles } from './report-guide.styles.js';

const NATIONAL_ORDER: NationalId[] = ['sapa', 'police', 'emergency', 'ambulance'];
const YES_NO: YesNo[] = ['yes', 'no', 'unsure'];

/**
 * "How to report": a few plain questions (is the child in danger now? did it just happen? who is asking?) choose
 * the next steps, each with working call and WhatsApp links: SAPA 129 and the national emergency numbers, and the
 * local services of the page's region pack. Then what happens after a report, the child's rights, what to do and
 * not do, honest words about "aib keluarga", a one-page print card, and a quick exit. Adults and children get
 * their own wording.
 *
 * Privacy: it stores nothing (no storage, no cookies) and requests nothing but its own pack and locale files;
 * the answers live in memory and are gone when the page is left. It fires no progress events, so a host page's
 * analytics cannot learn what was answered.
 *
 * @summary Step-by-step "how to report" guide with local contacts, rights, do/don't and a print card.
 *
 * @csspart base - The outer box.
 * @csspart header - Title, the numbers to call now, and the introduction.
 * @csspart body - Questions, steps and the sections after them.
 * @csspart feedback - Error messages (bad guide or region pack).
 * @csspart button - The print button.
 * @csspart footer - Print button and privacy note.
 *
 * @cssproperty --aman-color-primary - Links, call buttons, selected answers.
 * @cssproperty --aman-color-danger - The emergency step and the quick exit button.
 * @cssproperty --aman-scale - Text scale (the `scale="projector"` attribute sets 1.75).
 *
 * @fires aman-error - When the guide pack or the region pack cannot be used: `{packId, message, path}`.
 */
export class AmanReportGuide extends AmanPackElement<ReportGuidePack> {
  static override styles = [...AmanPackElement.styles, contactStyles, reportGuideStyles];
  // `errors` up front: a region pack written by a local admin is the likeliest to be wrong, and its error must show
  // at once beside the numbers.
  static override namespaces = ['report-guide', 'contacts', 'errors'];
  static override kind = 'report-guide' as const;

  static override properties: PropertyDeclarations = {
    region: { type: String },
    regionSrc: { type: String, attribute: 'region-src' },
    regionData: { attribute: false },
    audience: { type: String, reflect: true },
    quickExitHref: { type: String, attribute: 'quick-exit-href' },
    _answers: { state: true },
  };

  /** Id of a built-in region pack; default `nasional` (national numbers only, and how to find the local office). */
  declare region: string | null;
  /** URL of the page's region pack with the local contacts (`{lang}` is replaced); takes precedence over `region`. */
  declare regionSrc: string | null;
  /** A region pack object, set from script; takes precedence over `region-src`. */
  declare regionData: unknown;
  /** `adult` (default) or `child`: whose wording to show. The reader can switch it. */
  declare audience: Audience;
  /** The neutral page the built-in quick exit goes to (default `about:blank`). */
  declare quickExitHref: string | null;

  private declare _answers: ReportAnswers;

  private readonly regionPack = regionController(
    this,
    () => ({ data: this.regionData, src: this.regionSrc, pack: this.region, external: this.externalSrc }),
    this.i18n,
    false,
  );

  constructor() {
    super();
    this.region = null;
    this.regionSrc = null;
    this.regionData = undefined;
    this.audience = 'adult';
    this.quickExitHref = null;
    this._answers = {};
  }

  private get child(): boolean {
    return this.audience === 'child';
  }

  /** The text for the current audience. */
  private tx(a: AudienceText): string {
    return this.child ? a.child : a.adult;
  }

  private get ctx(): { context: Audience } {
    return { context: this.child ? 'child' : 'adult' };
  }

  private get steps(): ReportStepId[] {
    const pack = this.content.pack;
    // A step the pack does not word (an optional one, in an older pack) is not shown.
    return planSteps({ ...this._answers, role: this.child ? 'child' : this._answers.role }).filter((id) => !pack || pack.steps[id as 'sapa']);
  }

  private answer(change: ReportAnswers): void {
    this._answers = { ...this._answers, ...change };
    this.announceSteps();
  }

  private setAudience(a: Audience): void {
    this.audience = a;
    this.announceSteps();
  }

  private announceSteps(): void {
    const pack = this.content.pack;
    if (!pack) return;
    const steps = this.steps;
    this.live.announce(this.i18n.t('stepsUpdated', { n: steps.length, first: this.tx(pack.steps[steps[0] as 'sapa'].title) }));
  }

  /** Prints only this guide, as a one-page card, whatever else the host page holds. */
  private onPrint(): void {
    void printOnly(this);
  }

  // --- rendering ----------------------------------------------------------------------------------------------

  /** The quick exit comes first and works from the first frame, before the words or the pack arrive. */
  protected override renderTop(): TemplateResult {
    return html`<div class="exit-bar"><aman-quick-exit href=${this.quickExitHref ?? nothing} lang=${this.i18n.lang}></aman-quick-exit></div>`;
  }

  /** A guide pack that cannot be used still leaves every number on screen. */
  protected override renderError(): TemplateResult {
    return html`${super.renderError()} ${this.renderDirectory(this.regionPack.state === 'ready' ? this.regionPack.pack : undefined)}`;
  }

  protected override renderPack(pack: ReportGuidePack): TemplateResult {
    return this.renderGuide(pack);
  }

  private renderGuide(pack: ReportGuidePack): TemplateResult {
    const t = this.i18n.t;
    const region = this.regionPack.state === 'ready' ? this.regionPack.pack : undefined;
    return html`<div lang=${this.content.contentLang ?? this.i18n.lang}>
      <header part="header">
        <h2>${pack.title}</h2>
        ${this.renderCallNow(region)}
        <p class="screen">${inline(this.tx(pack.intro))}</p>
      </header>
      ${this.regionPack.state === 'error' ? regionErrorView(t, this.regionPack.problems) : nothing}
      <div part="body">
        <div class="screen">${this.renderQuestions(pack)}</div>
        <section>
          <h3>${t('stepsTitle', this.ctx)}</h3>
          <ol class="steps">${this.steps.map((id) => this.renderStep(pack, id, region))}</ol>
        </section>
        ${this.renderDirectory(region)}
        <div class="screen">
          ${this.renderList(pack.afterReport, 'path')} ${this.renderList(pack.rights, 'rights')}
          ${this.renderList(pack.dos, 'do', '✓')} ${this.renderList(pack.donts, 'dont', '✗')}
          <section>
            <h3>${this.tx(pack.stigma.title)}</h3>
            <p>${inline(this.tx(pack.stigma.text))}</p>
          </section>
        </div>
      </div>
      <footer part="footer">
        <p class="note">${t('privacy', this.ctx)}</p>
        <button type="button" part="button" @click=${this.onPrint}>${t('print')}</button>
      </footer>
    </div>`;
  }

  /**
   * The first screen of a phone: the numbers to call at once (SAPA 129, the emergency number and, when the page set
   * a region pack, its UPTD PPA), before the questions that tailor the rest. Only the name and the links here: the
   * notes, address and hours are in the directory further down. Not printed (the card has the directory).
   */
  private renderCallNow(region: RegionPack | undefined): TemplateResult {
    const t = this.i18n.t;
    // A contact without a number (the national pack's "UPTD PPA in your district") cannot be called now.
    const uptd = regionContacts(region, ['uptd-ppa']).find((c) => c.phone || c.whatsapp);
    return html`<section class="now screen" aria-labelledby="now-title">
      <h3 id="now-title">${t('callNowTitle', this.ctx)}</h3>
      <ul class="contacts" role="list">
        ${nationalContact(t, 'sapa')} ${nationalContact(t, 'emergency')}
        ${uptd
          ? html`<li class="contact" data-contact=${uptd.id}>
              <span class="name">${uptd.name}</span>
              ${phoneLinks(t, uptd.phone, uptd.whatsapp)}
            </li>`
          : nothing}
      </ul>
    </section>`;
  }

  private renderQuestions(pack: ReportGuidePack): TemplateResult {
    const t = this.i18n.t;
    const q = pack.questions;
    const a = this._answers;
    const yesNo = (id: 'danger' | 'recent') =>
      choiceGroup<YesNo>({
        name: id,
        legend: this.tx(q[id].prompt),
        hint: q[id].hint && this.tx(q[id].hint),
        options: YES_NO.map((v) => [v, this.tx(q[id].options[v])] as const),
        value: a[id],
        onChange: (v) => this.answer({ [id]: v }),
      });
    return html`${choiceGroup<Audience>({
        name: 'audience',
        legend: t('audience'),
        options: [
          ['adult', t('audienceAdult')],
          ['child', t('audienceChild')],
        ],
        value: this.child ? 'child' : 'adult',
        onChange: (v) => this.setAudience(v),
      })}
      <section>
      <h3>${t('questionsTitle')}</h3>
      <p class="hint">${t('questionsHint', this.ctx)}</p>
      ${yesNo('danger')} ${yesNo('recent')}
      ${this.child
        ? nothing
        : choiceGroup({
            name: 'role',
            legend: q.role.prompt,
            options: (['parent', 'teacher', 'other'] as const).map((v) => [v, q.role.options[v]] as const),
            value: a.role === 'child' ? undefined : a.role,
            onChange: (v) => this.answer({ role: v }),
          })}
    </section>`;
  }

  /**
   * The built-in national pack has no local numbers, only how an adult finds the local office ("… kabupaten/kota
   * Anda"): a child is told in its own words, from the UI strings, instead.
   */
  private childWithoutLocal(region: RegionPack | undefined): boolean {
    return this.child && region?.id === DEFAULT_REGION;
  }

  private renderStep(pack: ReportGuidePack, id: ReportStepId, region: RegionPack | undefined): TemplateResult | typeof nothing {
    const t = this.i18n.t;
    const step = pack.steps[id as 'sapa'] as ReportGuidePack['steps']['sapa'] | undefined;
    if (!step) return nothing;
    const want = STEP_CONTACTS[id];
    const local = this.childWithoutLocal(region) ? [] : regionContacts(region, want.types);
    // Without a usable region pack (still loading: nothing yet; failed: say where to ask), the local step still helps.
    const findLocal = id === 'local' && !local.length && (this.regionPack.state === 'error' || this.childWithoutLocal(region));
    return html`<li class="step" data-step=${id}>
      <h4>${this.tx(step.title)}</h4>
      <p>${inline(this.tx(step.text))}</p>
      ${want.national.length || local.length
        ? html`<ul class="contacts" role="list">
            ${want.national.map((n) => nationalContact(t, n))} ${local.map((c) => regionContact(t, c))}
          </ul>`
        : nothing}
      ${findLocal ? html`<p>${t('contacts:findLocal', this.ctx)}</p>` : nothing}
    </li>`;
  }

  /** Every number: the national ones (always, even with no region), then the region's, grouped by service. */
  private renderDirectory(region?: RegionPack): TemplateResult {
    const t = this.i18n.t;
    return html`<section class="directory">
      <h3>${t('contactsTitle', this.ctx)}</h3>
      <h4>${t('contacts:nationalTitle')}</h4>
      <ul class="contacts" role="list">${NATIONAL_ORDER.map((n) => nationalContact(t, n))}</ul>
      ${region && this.childWithoutLocal(region)
        ? html`<h4>${t('contacts:regionTitleNational', this.ctx)}</h4>
            <p>${t('contacts:findLocal', this.ctx)}</p>`
        : region
        ? html`<h4>
              ${region.id === DEFAULT_REGION
                ? t('contacts:regionTitleNational', this.ctx)
                : t('contacts:regionTitle', { region: region.title })}
            </h4>
            <p class="note">
              ${verifiedText(t, region, this.i18n.lang)}${region.source ? html`<br />${t('contacts:source', { source: region.source })}` : nothing}
            </p>
            ${region.description ? html`<p>${region.description}</p>` : nothing}
            ${groupContacts(region).map(
              (g) => html`<h5>${t(`contacts:type.${g.type}`)}</h5>
                <ul class="contacts" role="list">${g.contacts.map((c) => regionContact(t, c))}</ul>`,
            )}
            ${region.regulations?.length
              ? html`<h5>${t('contacts:regulations')}</h5>
                  <ul>${region.regulations.map((r) => html`<li>${r.title}${r.note ? ` (${r.note})` : ''}</li>`)}</ul>`
              : nothing}`
        : nothing}
    </section>`;
  }

  private renderList(section: ReportGuideSection, kind: string, mark?: string): TemplateResult {
    const items = section.items.map(
      (i) => html`<li data-item=${i.id}>
        ${mark ? html`<span class="mark" aria-hidden="true">${mark}</span>` : nothing}
        ${i.title ? html`<strong>${this.tx(i.title)}.</strong>` : nothing} ${inline(this.tx(i.text))}
      </li>`,
    );
    // The service path is a sequence; the others are sets.
    return html`<section class=${kind}>
      <h3>${this.tx(section.title)}</h3>
      ${kind === 'path' ? html`<ol>${items}</ol>` : html`<ul class=${mark ? 'marks' : nothing} role="list">${items}</ul>`}
    </section>`;
  }
}
