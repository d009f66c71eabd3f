import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import type { TFunction } from 'i18next';
import { clearOfflineCopies, deviceStore } from './storage.js';

/**
 * A learner's progress kept on this device only (under `aman:`), with the visible "clear my data" control and its
 * confirmation. Clearing also deletes what Aman's service worker kept of pages and packs (`clearOfflineCopies`). When storage is unavailable or full, the data lives in memory and the note says so.
 */
export class DeviceDataController {
  /** The last save could only be kept in memory (private mode, blocked or full storage). */
  memoryOnly = false;
  /** The "clear my data" question is showing. */
  confirming = false;
  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };
  readonly #t: () => TFunction;
  readonly #cleared: () => void;

  /** `cleared` runs after the wipe: the element starts afresh and says so. */
  constructor(host: ReactiveControllerHost & { renderRoot: ParentNode }, t: () => TFunction, cleared: () => void) {
    this.#host = host;
    this.#t = t;
    this.#cleared = cleared;
  }

  get(key: string): string | undefined {
    return deviceStore.get(key);
  }

  save(key: string, value: string): void {
    const memoryOnly = !deviceStore.set(key, value);
    if (memoryOnly !== this.memoryOnly) {
      this.memoryOnly = memoryOnly;
      this.#host.requestUpdate();
    }
  }

  /** The pressed button is replaced: the keyboard goes where the conversation continues, never to `<body>`. */
  #focusAfter(selector: string): void {
    this.#host.requestUpdate();
    void this.#host.updateComplete.then(() => this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus());
  }

  #ask = (): void => {
    this.confirming = true;
    this.#focusAfter('[data-action=clear-yes]');
  };

  #cancel = (): void => {
    this.confirming = false;
    this.#focusAfter('[data-action=clear]');
  };

  #clear = (): void => {
    deviceStore.clearAll();
    void clearOfflineCopies(); // and the service worker's copies of pages and packs, with their dates

    this.confirming = false;
    this.#host.requestUpdate();
    this.#cleared();
  };

  /** Where the data lives, and the "clear my data" button with its confirmation. */
  render(): TemplateResult {
    const t = this.#t();
    return html`
      <p class="note">${this.memoryOnly ? t('common:memoryOnly') : t('common:deviceOnly')}</p>
      <span class="row">
        ${this.confirming
          ? html`<span id="clear-question">${t('common:clearConfirm')}</span>
              <button type="button" part="button" data-action="clear-yes" aria-describedby="clear-question" @click=${this.#clear}>
                ${t('common:clearYes')}
              </button>
              <button type="button" part="button" @click=${this.#cancel}>${t('common:cancel')}</button>`
          : html`<button type="button" part="button" class="link-button" data-action="clear" @click=${this.#ask}>
              ${t('common:clear')}
            </button>`}
      </span>
    `;
  }
}

/**
 * The footer this controller fills (where the data is kept, and "clear my data" as a link-styled button): for the
 * person at the device, not for the room, so never projected large. Every element that keeps data uses it.
 */
export const deviceDataStyles = css`
  footer {
    font-size: calc(1em / var(--_scale));
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    margin-top: var(--_space);
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
  }
  .link-button {
    border: 0;
    padding: 0.4em 0;
    text-decoration: underline;
    background: none;
  }
`;
