import { html, nothing, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import type { Lang } from '../../core/types.js';
import type { TrainingResult } from '../../core/training-result.js';
import { certificateView, checkInput, checkView, codeFromInput, loadTrustList, type CheckOutcome, type TrustList } from '../../certificates/view.js';
import { statementsFor } from '../../xapi/statements.js';
import { XapiOutbox, type LrsCredentials } from '../../xapi/queue.js';
import { deviceAccountName } from '../../xapi/account.js';
import { downloadFile } from '../../shared/download.js';

// Taking a finished case further, apart from the element because few trainees need it: the certificate (a reference
// to print, or a signed certificate opened and printed), "check a certificate", and the xAPI statements (a file, or
// sent to the agency's LRS when the host turned that on). Loaded lazily by <aman-procedure-training>.

/** What is on screen instead of the case. */
export type CertScreen =
  | { kind: 'reference' }
  | { kind: 'signed'; credential: unknown; code: string }
  | { kind: 'check'; value?: string; outcome?: CheckOutcome };

export interface CertHost {
  /** The element's strings (procedure-training) and the certificate views' strings. */
  t: TFunction;
  tc: TFunction;
  lang: Lang;
  result: TrainingResult | undefined;
  screen: CertScreen | undefined;
  show(screen: CertScreen | undefined, focus?: string): void;
  announce(text: string): void;
  print(): void;
}

let trust: Promise<TrustList | undefined> | undefined;
/** The deploying agency's list of trusted signing keys (dist/trust/keys.json); none when it cannot be read. */
const trustList = (): Promise<TrustList | undefined> => (trust ??= loadTrustList().catch(() => undefined));

/** The link of a check page carrying a code (`#cert=…`), when this page was opened with one. */
export const codeInLink = (): string => codeFromInput(location.hash);

/** Opens a `<result>.certificate.json` made by `aman-sign`, checks it, and shows it to print when it is genuine. */
async function openSigned(h: CertHost, file: File): Promise<void> {
  let data: unknown;
  try {
    data = JSON.parse(await file.text());
  } catch {
    data = undefined;
  }
  const outcome = await checkInput(data, (await trustList()) ?? { asOf: '', keys: [] });
  const f = data as { credential?: unknown; code?: string } | undefined;
  if (outcome.ok && f?.code) h.show({ kind: 'signed', credential: f.credential, code: f.code }, '.cert-title');
  else h.show({ kind: 'check', outcome }, '.check-title');
}

/** The buttons of the results screen's export area. */
export function certTools(h: CertHost, lrs: { pending?: number; error?: string } | undefined): TemplateResult {
  const t = h.t;
  const r = h.result;
  return html`<div class="row">
      <button type="button" part="button" data-action="reference" @click=${() => h.show({ kind: 'reference' }, '.cert-title')}>${t('printReference')}</button>
      <label class="file-button">
        <span>${t('openSigned')}</span>
        <input type="file" accept=".json,application/json" @change=${(e: Event) => {
          const file = (e.target as HTMLInputElement).files?.[0];
          if (file) void openSigned(h, file);
        }} />
      </label>
      <button type="button" part="button" data-action="xapi" @click=${() => {
        if (!r) return;
        const name = `${r.pack.id}-${r.role.id}-${r.completedAt.slice(0, 10)}.xapi.json`;
        downloadFile(name, JSON.stringify(xapiOf(r), null, 2));
        h.announce(t('exported', { file: name }));
      }}>${t('downloadXapi')}</button>
    </div>
    ${lrs ? html`<p class="note" role="status">${lrs.error ? t('lrsError', { message: lrs.error }) : lrs.pending ? t('lrsPending', { n: lrs.pending }) : t('lrsSent')}</p>` : nothing}`;
}

/** The certificate, or "check a certificate", with print and back. */
export function renderCertScreen(h: CertHost, s: CertScreen, trustedAs: string | undefined): TemplateResult {
  const t = h.t;
  const back = html`<button type="button" part="button" data-action="back" @click=${() => h.show(undefined, '.step-title')}>${t('back')}</button>`;
  if (s.kind === 'check')
    return html`<h3 class="check-title step-title" tabindex="-1">${t('checkTitle')}</h3>
      ${checkView({
        t: h.tc,
        lang: h.lang,
        value: s.value,
        outcome: s.outcome,
        trustedAs,
        onCheck: async (input) => h.show({ kind: 'check', outcome: await checkInput(input, (await trustList()) ?? { asOf: '', keys: [] }) }),
      })}
      <div class="row">${back}</div>`;
  const cert =
    s.kind === 'signed'
      ? certificateView({ t: h.tc, lang: h.lang, credential: s.credential as never, code: s.code, trustedAs })
      : certificateView({ t: h.tc, lang: h.lang, result: h.result });
  return html`<h3 class="cert-title step-title" tabindex="-1">${t(s.kind === 'signed' ? 'signedTitle' : 'referenceTitle')}</h3>
    ${cert}
    <div class="row">
      <button type="button" part="button" data-variant="primary" data-action="print-cert" @click=${() => h.print()}>${t('printCert')}</button>
      ${back}
    </div>`;
}

/** The trust list's date, once known (for "trusted keys as of …"). */
export async function trustedAsOf(): Promise<string | undefined> {
  return (await trustList())?.asOf || undefined;
}

/** The attempt as xAPI statements, with the device's pseudonymous account (never the typed name). */
function xapiOf(r: TrainingResult) {
  return statementsFor(r, { homePage: location.origin, accountName: deviceAccountName(), activityBase: `${location.origin}/aman/training` });
}

let outbox: XapiOutbox | undefined;
let stopWatching: (() => void) | undefined;

/**
 * Sends the attempt to the agency's LRS (the host set `lrs-endpoint` and, as a property, the credentials): the
 * statements wait in a queue on the device while offline and go when the connection is back.
 */
export function sendToLrs(r: TrainingResult, endpoint: string, auth: LrsCredentials | undefined, changed: (s: { pending: number; error?: string }) => void): void {
  outbox ??= new XapiOutbox({ onChange: (s) => changed({ pending: s.pending + s.failed.length, error: s.lastError?.message }) });
  stopWatching ??= outbox.watch(() => ({ endpoint, auth }));
  outbox.enqueue(xapiOf(r));
}
