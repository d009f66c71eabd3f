import { html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import type { Myth, StigmaPack, StigmaScenario } from '../../core/types.js';
import {
  compareAnswers,
  emptyTally,
  loadState,
  PARTS,
  round1,
  saveState,
  stepsOf,
  unanswered,
  type Answers,
  type Comparison,
  type Part,
  type Phase,
  type Step,
  type Tally,
} from '../../core/stigma.js';
import { BIDI, plainText } from '../../core/markup.js';
import { AmanPackElement } from '../../shared/pack-element.js';
import { DeviceDataController, deviceDataStyles } from '../../shared/device-data.js';
import { choiceGroup } from '../../shared/choice.js';
import { inline } from '../../shared/ui.js';
import type { PresenterSteps } from '../../shared/steps.js';
import { stigmaStyles } from './stigma-module.styles.js';
import { choiceStyles, tableStyles } from '../../shared/form.styles.js';
import type { TallyHost } from './tally.js';

/** Plain pack text as it is shown: bidi controls dropped, so nothing can be shown reordered. */
const plain = (s: string): string => s.replace(BIDI, '');

/**
 * Stigma stops reporting and breaks a child's return home. This module takes a person, or a village session, through
 * an anonymous attitude check before and after, myths turned over to their facts, situations with supportive and
 * blaming answers, and the words that blame beside the words that support. A person sees their own change; a
 * facilitator (`mode="facilitator"`) counts raised hands, sees the group's change as a chart with its table, and
 * exports the anonymous tally. Answers and counts stay on this device (under `aman:`); nothing is sent, and no event
 * carries an answer.
 *
 * @summary Myths and facts, an anonymous attitude check before and after, reintegration situations and respectful words.
 *
 * @csspart base - The outer box.
 * @csspart header - Title and the part navigation.
 * @csspart body - The part on screen.
 * @csspart option - A myth card, a pair of words, a count field.
 * @csspart feedback - Feedback on a situation, and messages about what is missing.
 * @csspart button - Every button.
 * @csspart footer - Where the data is kept, and "clear my data".
 *
 * @cssproperty --aman-color-primary - Buttons, links, the "after" bars.
 * @cssproperty --aman-scale - Text scale (the `scale="projector"` attribute sets 1.75).
 * @cssproperty --aman-font-family - Font stack (system fonts by default; nothing is downloaded).
 *
 * @fires aman-step - When the screen on show changes: `{packId, step, total}` (the presenter's step protocol).
 * @fires aman-error - When the pack cannot be loaded or is invalid: `{packId, message, path}`.
 */
export class AmanStigmaModule extends AmanPackElement<StigmaPack> implements PresenterSteps {
  static override styles = [...AmanPackElement.styles, deviceDataStyles, choiceStyles, tableStyles, stigmaStyles];
  static override namespaces = ['stigma-module', 'common'];
  static override kind = 'stigma' as const;

  static override properties: PropertyDeclarations = {
    mode: { type: String, reflect: true },
  };

  /** `facilitator` for a village session: hands counted per answer, the group's before/after, export. */
  declare mode: string | null;

  #step = 0;
  #answers: Record<Phase, Answers> = { before: {}, after: {} };
  #tally: Tally = emptyTally();
  /** Myth cards turned over, scenario answers chosen and answered (kept in memory only). */
  #turned = new Set<string>();
  #chosen: Record<string, string> = {};
  #responded: Record<string, string> = {};
  /** "Done" pressed with statements unanswered; "respond" pressed with nothing chosen. */
  #missing = false;
  #ask = false;
  /** What was typed in the count fields, as typed (with its error when it is not a count). */
  #drafts: Record<string, string> = {};
  /** The pack id and mode on screen: a new language of the same pack keeps the screen. */
  #shownPack = '';
  /** The village session's screens, loaded when the element is first in facilitator mode. */
  #session?: typeof import('./tally.js');
  readonly #data = new DeviceDataController(
    this,
    () => this.i18n.t,
    () => {
      this.#restore(true);
      this.live.announce(this.i18n.t('common:cleared'), '.step-title');
    },
  );

  protected override contentFocus = '.step-title';

  constructor() {
    super();
    this.mode = null;
  }

  get #group(): boolean {
    return this.mode === 'facilitator';
  }

  get #key(): string {
    return `${this.#group ? 'stigma-tally' : 'stigma'}:${this.content.pack?.id}`;
  }

  get #steps(): Step[] {
    const pack = this.content.pack;
    return pack ? stepsOf(pack, this.#group) : [];
  }

  // --- the presenter's step protocol ---------------------------------------------------------------------------

  /** How many screens the module has in this mode. */
  get stepCount(): number {
    return this.#steps.length;
  }

  /** The screen on show, 0-based. */
  get currentStep(): number {
    return this.#step;
  }

  /** Shows screen `index` (clamped), with the keyboard on its heading. */
  goToStep(index: number): void {
    this.#go(index, true);
  }

  /** One screen on; false at the last. */
  nextStep(): boolean {
    return this.#go(this.#step + 1, true);
  }

  /** One screen back; false at the first. */
  prevStep(): boolean {
    return this.#go(this.#step - 1, true);
  }

  /** A short title of screen `index`, in the content's language. */
  stepTitle(index: number): string {
    const pack = this.content.pack;
    const s = this.#steps[index];
    if (!pack || !s) return '';
    const item = pack.attitudeCheck.items[s.item]?.statement;
    // A screen of one thing is named by it; a screen of a whole part, by the part.
    const own: Partial<Record<Part, string | undefined>> = {
      intro: pack.title,
      scenarios: pack.scenarios[s.item]?.title,
      ...(this.#group && { before: item, after: item, myths: pack.myths[s.item]?.myth, language: pack.language[s.item]?.avoid }),
    };
    return plain(own[s.part] ?? this.#partName(s.part));
  }

  /** For the facilitator's eyes: the supportive answer of a statement or situation, the fact behind a myth. */
  stepNotes(index: number): string | undefined {
    const pack = this.content.pack;
    const s = this.#steps[index];
    const t = this.i18n.t;
    if (!pack || !s) return undefined;
    if (s.part === 'myths' && this.#group) return plainText(pack.myths[s.item]!.fact);
    if (s.part === 'scenarios') {
      const text = pack.scenarios[s.item]!.options.filter((o) => o.supportive).map((o) => plain(o.text)).join(' / ');
      return t('notes.scenario', { text });
    }
    if ((s.part === 'before' || s.part === 'after') && this.#group) return t(`notes.${pack.attitudeCheck.items[s.item]!.supportive}`);
    return undefined;
  }

  // --- state ---------------------------------------------------------------------------------------------------

  protected override packReady(): void {
    this.#restore();
  }

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    if (changed.has('mode') && changed.get('mode') !== undefined && this.content.pack) this.#restore();
    if (this.#group && !this.#session) {
      void import('./tally.js').then((m) => {
        this.#session = m;
        this.requestUpdate();
      });
    }
  }

  /**
   * What this device kept for the pack (answers, or a session's counts), else a fresh start — on the same screen
   * when only the language changed (the packs of one id share their statement ids).
   */
  #restore(fresh = false): void {
    const pack = this.content.pack!;
    const same = !fresh && this.#shownPack === `${pack.id} ${this.mode}` ? this.#step : 0;
    this.#shownPack = `${pack.id} ${this.mode}`;
    const json = this.#data.get(this.#key);
    const a = this.#group ? undefined : loadState(json, pack, false);
    const g = this.#group ? loadState(json, pack, true) : undefined;
    this.#answers = a ? { before: a.before, after: a.after } : { before: {}, after: {} };
    this.#tally = g?.tally ?? emptyTally();
    this.#drafts = {};
    this.#missing = this.#ask = false;
    this.#step = -1;
    this.#go((a ?? g)?.step ?? same, false);
  }

  /** Keeps the answers (or counts) and the screen; someone who only reads leaves nothing on the device. */
  #save(): void {
    const pack = this.content.pack!;
    const state = this.#group ? { step: this.#step, tally: this.#tally } : { step: this.#step, ...this.#answers };
    const { before, after } = this.#group ? this.#tally : this.#answers;
    if (Object.keys(before).length + Object.keys(after).length || this.#data.get(this.#key)) this.#data.save(this.#key, saveState(pack, state));
  }

  /**
   * Shows screen `index` and tells the page (`aman-step`); a person's move (`user`) is kept, with the keyboard on
   * the new screen's heading.
   */
  #go(index: number, user: boolean): boolean {
    const n = this.#steps.length;
    const to = Math.max(0, Math.min(index, n - 1));
    if (to === this.#step || !n) return false;
    this.#step = to;
    this.#missing = this.#ask = false;
    if (user) {
      this.#save();
      this.live.announce('', '.step-title');
    }
    this.requestUpdate();
    this.emit('aman-step', { packId: this.content.pack!.id, step: to, total: n });
    return true;
  }

  /** The first screen of `part`. */
  #goPart(part: Part): void {
    this.#go(this.#steps.findIndex((s) => s.part === part), true);
  }

  // --- what a person does ------------------------------------------------------------------------------------------

  #answer(phase: Phase, id: string, v: number): void {
    this.#answers = { ...this.#answers, [phase]: { ...this.#answers[phase], [id]: v } };
    this.#save();
    this.requestUpdate();
  }

  /** "Done" on a check: on to the next part, or say which statements are still open and go to the first. */
  #done(phase: Phase): void {
    const open = unanswered(this.content.pack!, this.#answers[phase]);
    if (!open.length) {
      this.nextStep();
      return;
    }
    this.#missing = true;
    const items = this.content.pack!.attitudeCheck.items;
    const list = open.map((it) => items.indexOf(it) + 1).join(', ');
    this.live.announce(this.i18n.t('missing', { list }), `[data-question="${phase}-${open[0]!.id}"] input`);
    this.requestUpdate();
  }

  #turn(m: Myth): void {
    if (!this.#turned.delete(m.id)) this.#turned.add(m.id);
    this.requestUpdate();
  }

  #respond(sc: StigmaScenario): void {
    const t = this.i18n.t;
    const o = sc.options.find((x) => x.id === this.#chosen[sc.id]);
    this.#ask = !o;
    if (o) this.#responded = { ...this.#responded, [sc.id]: o.id };
    this.live.announce(
      o ? `${t(o.supportive ? 'supportive' : 'notSupportive')} ${plainText(o.feedback)}`.trim() : t('chooseFirst'),
      o ? '[data-action=next]' : undefined,
    );
    this.requestUpdate();
  }

  /** What the session screens need, read afresh for each render. */
  get #tallyHost(): TallyHost {
    const host = this;
    return {
      t: this.i18n.t,
      pack: this.content.pack!,
      lang: this.contentLang,
      get tally() {
        return host.#tally;
      },
      drafts: this.#drafts,
      save: (tally) => {
        this.#tally = tally;
        this.#save();
        this.requestUpdate();
      },
      announce: (text) => this.live.announce(text),
      restart: () => {
        this.#tally = emptyTally();
        this.#drafts = {};
        this.#go(1, true);
        this.#save();
        this.live.announce(this.i18n.t('newSessionDone'));
      },
      num: (n, sign) => this.#num(n, sign),
      bars: (c) => this.#bars(c),
    };
  }

  // --- rendering ---------------------------------------------------------------------------------------------------

  #partName(part: Part): string {
    return this.i18n.t(part === 'results' && this.#group ? 'parts.group' : `parts.${part}`);
  }

  /** One decimal (of the rounded value, as the change is computed) as the language writes it: "3,5" in Indonesian. */
  #num(n: number, sign = false): string {
    return new Intl.NumberFormat([this.i18n.lang, 'id'], {
      minimumFractionDigits: 1,
      maximumFractionDigits: 1,
      signDisplay: sign ? 'exceptZero' : 'auto',
    }).format(sign ? n : round1(n));
  }

  protected override renderPack(pack: StigmaPack): TemplateResult {
    const t = this.i18n.t;
    if (this.#group && !this.#session) return html`<p role="status" aria-busy="true">${t('common:loading')}</p>`;
    const steps = this.#steps;
    const s = steps[this.#step] ?? steps[0]!;
    const last = this.#step >= steps.length - 1;
    // A person's check ends with "done", which first makes sure every statement has an answer.
    const check = (s.part === 'before' || s.part === 'after') && !this.#group && this.#ready(s.part);
    return html`
      <header part="header">
        <h2 lang=${this.contentLang ?? nothing}>${plain(pack.title)}</h2>
        <nav aria-label=${t('partsLabel')}>
          <ol>
            ${PARTS.map(
              (p) => html`<li>
                <button type="button" part="button" aria-current=${p === s.part ? 'step' : nothing} @click=${() => this.#goPart(p)}>
                  ${this.#partName(p)}
                </button>
              </li>`,
            )}
          </ol>
        </nav>
      </header>
      <div part="body" data-part=${s.part}>
        ${this.#renderStep(pack, s)}
        <div class="row nav">
          ${last
            ? nothing
            : html`<button type="button" part="button" data-variant="primary" data-action="next"
                @click=${() => (check ? this.#done(s.part as Phase) : this.nextStep())}>
                ${t(check ? 'done' : this.#step ? 'next' : 'start')}
              </button>`}
          ${this.#step ? html`<button type="button" part="button" data-action="prev" @click=${() => this.prevStep()}>${t('prev')}</button>` : nothing}
        </div>
      </div>
      <footer part="footer">${this.#data.render()}</footer>
    `;
  }

  /** Whether a check can be shown: the "after" check (and the results) compare with "before", so it comes first. */
  #ready(part: Part): boolean {
    return this.#group || part === 'before' || !unanswered(this.content.pack!, this.#answers.before).length;
  }

  #title(s: Step, n?: number): TemplateResult {
    const name = this.#partName(s.part);
    const text = n ? this.i18n.t('position', { part: name, n: s.item + 1, total: n }) : name;
    return html`<h3 class="step-title" tabindex="-1">${text}</h3>`;
  }

  #renderStep(pack: StigmaPack, s: Step): unknown {
    const t = this.i18n.t;
    const lang = this.contentLang;
    const g = this.#group;
    switch (s.part) {
      case 'intro':
        return html`${this.#title(s)}
          ${pack.description ? html`<p lang=${lang ?? nothing}>${plain(pack.description)}</p>` : nothing}
          <p>${t(g ? 'introGroup' : 'intro')}</p>
          ${g ? nothing : html`<p class="note">${t('introPrivacy')}</p>`}`;
      case 'before':
      case 'after': {
        const items = pack.attitudeCheck.items;
        if (g) return html`${this.#title(s, items.length)}${this.#session?.renderCounts(this.#tallyHost, s.part, items[s.item]!)}`;
        if (!this.#ready(s.part)) return html`${this.#title(s)}${this.#need('needBefore', 'before')}`;
        const answers = this.#answers[s.part];
        return html`${this.#title(s)}
          <p>${t(`checkHint.${s.part}`)}</p>
          ${items.map((it, i) =>
            choiceGroup({
              name: `${s.part}-${it.id}`,
              legend: html`${i + 1}. <span lang=${lang ?? nothing}>${plain(it.statement)}</span>`,
              hint: this.#missing && !answers[it.id] ? t('unanswered') : undefined,
              options: pack.attitudeCheck.scale.map((label, v) => [String(v + 1), plain(label)] as const),
              value: answers[it.id] ? String(answers[it.id]) : undefined,
              onChange: (v) => this.#answer(s.part as Phase, it.id, Number(v)),
              lang,
            }),
          )}
          ${this.#missing
            ? html`<p class="missing" part="feedback">${t('missing', { list: unanswered(pack, answers).map((it) => items.indexOf(it) + 1).join(', ') })}</p>`
            : nothing}`;
      }
      case 'myths': {
        const shown = g ? [pack.myths[s.item]!] : pack.myths;
        return html`${this.#title(s, g ? pack.myths.length : 0)}
          <ul class="cards">${shown.map((m) => this.#renderMyth(m))}</ul>
          ${g ? nothing : html`<p class="note">${t('turned', { n: this.#turned.size, total: pack.myths.length })}</p>`}`;
      }
      case 'scenarios':
        return html`${this.#title(s, pack.scenarios.length)}${this.#renderScenario(pack.scenarios[s.item]!)}`;
      case 'language': {
        const shown = g ? [pack.language[s.item]!] : pack.language;
        return html`${this.#title(s, g ? pack.language.length : 0)}
          <ul class="words">
            ${shown.map(
              (w) => html`<li part="option">
                <p class="avoid"><strong><span aria-hidden="true">✗ </span>${t('avoid')}</strong> <span lang=${lang ?? nothing}>${plain(w.avoid)}</span></p>
                <p class="use"><strong><span aria-hidden="true">✓ </span>${t('use')}</strong> <span lang=${lang ?? nothing}>${plain(w.use)}</span></p>
                ${w.why ? html`<p class="why"><strong>${t('why')}</strong> ${inline(w.why, lang)}</p>` : nothing}
              </li>`,
            )}
          </ul>`;
      }
      case 'results':
        return g ? html`${this.#title(s)}${this.#session?.renderGroupResults(this.#tallyHost)}` : this.#renderResults(pack, s);
    }
  }

  /** Why a part cannot be shown yet, and the way to the part it needs. */
  #need(key: string, part: Part): TemplateResult {
    return html`<p part="feedback" class="missing">${this.i18n.t(key)}</p>
      <p><button type="button" part="button" data-action="go" @click=${() => this.#goPart(part)}>${this.i18n.t('goTo', { part: this.#partName(part) })}</button></p>`;
  }

  #renderMyth(m: Myth): TemplateResult {
    const t = this.i18n.t;
    const open = this.#turned.has(m.id);
    const lang = this.contentLang;
    return html`<li part="option" class="card" data-turned=${open}>
      <p class="myth"><strong>${t('myth')}</strong> <span lang=${lang ?? nothing}>${plain(m.myth)}</span></p>
      <button type="button" part="button" aria-expanded=${open} aria-controls=${`fact-${m.id}`} data-myth=${m.id} @click=${() => this.#turn(m)}>
        ${t('turn')}
      </button>
      <div class="fact" id=${`fact-${m.id}`} ?hidden=${!open}>
        <p><strong>${t('fact')}</strong> ${inline(m.fact, lang)}</p>
      </div>
    </li>`;
  }

  #renderScenario(sc: StigmaScenario): TemplateResult {
    const t = this.i18n.t;
    const lang = this.contentLang;
    const o = sc.options.find((x) => x.id === this.#responded[sc.id]);
    return html`<h4 lang=${lang ?? nothing}>${plain(sc.title)}</h4>
      ${sc.role ? html`<p class="role" lang=${lang ?? nothing}>${plain(sc.role)}</p>` : nothing}
      <p>${inline(sc.situation, lang)}</p>
      ${choiceGroup({
        name: `sc-${sc.id}`,
        legend: t('whatDo'),
        hint: this.#ask ? t('chooseFirst') : undefined,
        options: sc.options.map((x) => [x.id, plain(x.text)] as const),
        value: this.#chosen[sc.id],
        onChange: (v) => {
          this.#chosen = { ...this.#chosen, [sc.id]: v };
          this.#ask = false;
          this.requestUpdate();
        },
        lang,
      })}
      <p><button type="button" part="button" data-action="respond" @click=${() => this.#respond(sc)}>${t('respond')}</button></p>
      ${o
        ? html`<div part="feedback" class="feedback" data-state=${o.supportive ? 'ok' : 'better'}>
            <p><strong>${t(o.supportive ? 'supportive' : 'notSupportive')}</strong> ${inline(o.feedback, lang)}</p>
            ${o.supportive
              ? nothing
              : html`<p>${t('better')}</p>
                  <ul lang=${lang ?? nothing}>${sc.options.filter((x) => x.supportive).map((x) => html`<li>${plain(x.text)}</li>`)}</ul>`}
          </div>`
        : nothing}`;
  }

  /** Before and after of one statement (or overall) as paired bars, with the numbers written beside them. */
  #bars(c: Comparison): TemplateResult {
    const t = this.i18n.t;
    const d = c.change;
    return html`<div class="bars">
        ${(['before', 'after'] as const).map(
          (ph) => html`<span>${t(ph)}</span>
            <svg class=${`bar ${ph}`} viewBox="0 0 5 1" preserveAspectRatio="none" aria-hidden="true">
              <rect class="track" width="5" height="1"></rect>
              <rect width=${c[ph] ?? 0} height="1"></rect>
            </svg>
            <span class="value">${c[ph] === undefined ? t('noData') : this.#num(c[ph]!)}</span>`,
        )}
      </div>
      ${d === undefined
        ? nothing
        : html`<p class="change">${t('change')}: ${d ? t(d > 0 ? 'up' : 'down', { n: this.#num(d, true) }) : t('same')}</p>`}`;
  }

  #renderResults(pack: StigmaPack, s: Step): TemplateResult {
    const t = this.i18n.t;
    const lang = this.contentLang;
    if (!this.#ready('after')) return html`${this.#title(s)}${this.#need('needBefore', 'before')}`;
    const { before, after } = this.#answers;
    const done = !unanswered(pack, after).length;
    const r = compareAnswers(pack, before, done ? after : {});
    const scale = pack.attitudeCheck.scale;
    return html`${this.#title(s)}
      ${done ? nothing : this.#need('needAfter', 'after')}
      <p class="note">${t('scaleNote')}</p>
      <h4>${t('overall')}</h4>
      ${this.#bars(r.overall)}
      <ol class="statements">
        ${pack.attitudeCheck.items.map(
          (it, i) => html`<li>
            <p lang=${lang ?? nothing}>${plain(it.statement)}</p>
            ${this.#bars(r.items[i]!)}
            ${done
              ? html`<p class="note">${t('yourAnswers', { before: plain(scale[before[it.id]! - 1]!), after: plain(scale[after[it.id]! - 1]!) })}</p>`
              : nothing}
          </li>`,
        )}
      </ol>
      <p class="note">${t('resultsNote')}</p>`;
  }
}
