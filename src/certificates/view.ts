import { html, nothing, type TemplateResult } from 'lit';
import type { Lang } from '../core/types.js';
import type { TrainingResult } from '../core/training-result.js';
import type { OpenBadgeCredential } from './credential.js';
import type { CheckOutcome } from './check.js';
import { qrSvg } from './qr.js';

export { checkCode, codeFromInput } from './compact.js';
export { checkInput, type CheckOutcome } from './check.js';
export { loadTrustList, type TrustList } from './trust.js';
export { certificateStyles } from './view.styles.js';

/** The locale namespace of these views (locales/<lng>/certificate.json): the element loads it before rendering. */
export const namespaces = ['certificate'];

type T = (key: string, options?: Record<string, unknown>) => string;

const dateOf = (iso: string, lang: Lang): string => {
  const d = new Date(iso.length === 10 ? `${iso}T00:00:00Z` : iso);
  // A date alone is a calendar day (shown as it is); an instant is shown in the device's own time zone.
  const zone = iso.length === 10 ? { timeZone: 'UTC' } : {};
  return Number.isNaN(d.getTime()) ? iso : new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { dateStyle: 'long', ...zone }).format(d);
};

const limits = (t: T, lang: Lang, trustedAs: string | undefined): TemplateResult =>
  html`<p class="limits">${t('limits')} ${trustedAs ? t('trustedAsOf', { date: dateOf(trustedAs, lang) }) : t('trustUnknownDate')}</p>`;

/**
 * The printable certificate (A4 portrait: print it with `printOnly(host)` of src/shared/print.ts, which adopts the
 * document-level `@page { size: A4 }` that shadow styles cannot set, PLATFORM.md). A
 * signed credential shows its agency, trainee, case, role, competencies and date with the QR of its compact code
 * (or of `checkUrl#cert=<code>` when the deploying site has a check page); an unsigned `result` prints its attempt
 * id as a reference number that says it is not a proof.
 */
export function certificateView(o: {
  t: T;
  lang: Lang;
  credential?: OpenBadgeCredential;
  code?: string;
  /** The trust list's `asOf`. */
  trustedAs?: string;
  result?: TrainingResult;
  checkUrl?: string;
}): TemplateResult {
  const { t, lang } = o;
  const c = o.credential;
  if (!c || !o.code) {
    const r = o.result;
    return html`<article class="certificate unsigned" part="base">
      <h2>${t('title')}</h2>
      ${r
        ? html`<p class="trainee">${r.trainee?.name || t('anonymous')}</p>
            <p>${t('completed')} <strong>${r.pack.title}</strong> ${t('asRole')} <strong>${r.role.title}</strong></p>
            <p>${t('score', { score: r.score, maxScore: r.maxScore })} — ${r.passed ? t('passed') : t('notPassed')}</p>
            <p class="reference">${t('reference', { id: r.attemptId })}</p>`
        : nothing}
      <p class="warning" role="note">${t('unsigned')}</p>
    </article>`;
  }
  const s = c.credentialSubject;
  const a = s.achievement;
  const value = (id: string) => s.result.find((r) => r.resultDescription === id);
  const total = value(`${a.id}#total`)?.value?.split('/') ?? [];
  const passed = value(`${a.id}#status`)?.status === 'Completed';
  // The achievement is named "<case> — <role>" (credential.ts); the role is shown on its own.
  const caseTitle = a.name.endsWith(` — ${s.role}`) ? a.name.slice(0, -` — ${s.role}`.length) : a.name;
  const competencies = a.resultDescription.filter((d) => !/#(total|status)$/.test(d.id));
  const qrText = o.checkUrl ? `${o.checkUrl}#cert=${o.code}` : o.code;
  return html`<article class="certificate" part="base">
    <header part="header">
      <p class="issuer">${c.issuer.name}</p>
      <h2>${t('title')}</h2>
    </header>
    <div class="body" part="body">
      <p>${c.issuer.name} ${t('certifies')}</p>
      <p class="trainee">${s.identifier?.[0]?.identityHash || t('anonymous')}</p>
      <p>${t('completed')} <strong>${caseTitle}</strong> ${t('asRole')} <strong>${s.role}</strong></p>
      <p class="total">${t('score', { score: total[0], maxScore: total[1] })} — ${passed ? t('passed') : t('notPassed')}</p>
      ${competencies.length
        ? html`<table class="competencies">
            <caption>${t('competencies')}</caption>
            <tbody>
              ${competencies.map((d) => {
                const [score, maxScore] = value(d.id)?.value?.split('/') ?? [];
                return html`<tr><th scope="row">${d.name}</th><td>${t('competencyScore', { score, maxScore })}</td></tr>`;
              })}
            </tbody>
          </table>`
        : nothing}
      <p>${t('issuedOn', { date: dateOf(c.validFrom, lang) })}</p>
    </div>
    <footer part="footer">
      ${qrSvg(qrText, t('qrLabel'))}
      <div class="code">
        <p class="reference">${t('reference', { id: c.id.replace(/^urn:uuid:/, '') })}</p>
        <p><span>${t('codeLabel')}:</span> <code>${o.code}</code></p>
        ${limits(t, lang, o.trustedAs)}
      </div>
    </footer>
  </article>`;
}

/**
 * "Check a certificate": a field for a pasted code or link, a file picker, and the verdict of the last check.
 * `onCheck` gets the text (a code or a `#cert=` link) or a file's parsed JSON (undefined when it is not JSON);
 * the caller runs `checkInput(input, trustList)` and renders again with `outcome`.
 */
export function checkView(o: {
  t: T;
  lang: Lang;
  onCheck: (input: unknown) => void;
  outcome?: CheckOutcome;
  /** The trust list's `asOf`. */
  trustedAs?: string;
  /** Prefills the field, e.g. with `codeFromInput(location.hash)`. */
  value?: string;
}): TemplateResult {
  const { t, lang, outcome } = o;
  const submit = (e: Event): void => {
    e.preventDefault();
    o.onCheck(((e.currentTarget as HTMLFormElement).elements.namedItem('code') as HTMLTextAreaElement).value);
  };
  const pick = async (e: Event): Promise<void> => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (!file) return;
    let data: unknown;
    try {
      data = JSON.parse(await file.text());
    } catch {
      data = undefined;
    }
    o.onCheck(data);
  };
  return html`<section class="check" part="base">
    <h2>${t('check.title')}</h2>
    <p>${t('check.intro')}</p>
    <form @submit=${submit}>
      <label for="aman-cert-code">${t('check.codeLabel')}</label>
      <textarea id="aman-cert-code" name="code" rows="4" spellcheck="false" autocomplete="off" .value=${o.value ?? ''}></textarea>
      <button part="button" type="submit">${t('check.submit')}</button>
    </form>
    <label for="aman-cert-file">${t('check.fileLabel')}</label>
    <input id="aman-cert-file" type="file" accept=".json,application/json" @change=${pick} />
    <div class="verdict" role="status" aria-live="polite">${outcome ? verdict(t, lang, outcome) : nothing}</div>
    ${limits(t, lang, o.trustedAs)}
  </section>`;
}

function verdict(t: T, lang: Lang, r: CheckOutcome): TemplateResult {
  if (!r.ok) {
    if (r.reason === 'unsigned') return html`<p class="invalid" part="feedback">${t('check.unsignedFile', { id: r.attemptId })}</p>`;
    const reason = r.reason === 'fileUnreadable' ? t('check.fileUnreadable') : t(`reasons.${r.reason}`);
    return html`<p class="invalid" part="feedback">${t('check.invalid', { reason })}</p>`;
  }
  const c = r.claims;
  return html`<p class="valid" part="feedback">${t('check.valid', { issuer: r.issuer.name || r.issuer.id })}</p>
    <dl class="claims" aria-label=${t('check.claims')}>
      <dt>${t('check.trainee')}</dt><dd>${c.name || t('anonymous')}</dd>
      <dt>${t('check.case')}</dt><dd>${c.packId} ${c.packVersion}</dd>
      <dt>${t('check.role')}</dt><dd>${c.roleId}</dd>
      <dt>${t('check.result')}</dt><dd>${t('score', { score: c.score, maxScore: c.maxScore })} — ${c.passed ? t('passed') : t('notPassed')}</dd>
      <dt>${t('check.issued')}</dt><dd>${dateOf(c.issued, lang)}</dd>
      <dt>${t('check.attempt')}</dt><dd>${c.attemptId}</dd>
    </dl>`;
}
