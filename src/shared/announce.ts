import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

/**
 * What a screen-reader user hears and where the keyboard lands after something changes: one polite live region,
 * and a selector to focus once the next render is on screen (a new question's prompt, the results heading).
 */
export class AnnounceController implements ReactiveController {
  /** The sentence in the live region. */
  text = '';
  #focus?: string;
  readonly #host: ReactiveControllerHost & { renderRoot: ParentNode };

  constructor(host: ReactiveControllerHost & { renderRoot: ParentNode }) {
    this.#host = host;
    host.addController(this);
  }

  /** Says `text` politely; with `focus`, moves the keyboard to that element after the next render. */
  announce(text: string, focus?: string): void {
    this.text = text;
    if (focus) this.#focus = focus;
    this.#host.requestUpdate();
  }

  /** Moves the keyboard to `selector` (inside the element) after the next render. */
  focusAfterRender(selector: string): void {
    this.#focus = selector;
    this.#host.requestUpdate();
  }

  hostUpdated(): void {
    const f = this.#focus;
    if (!f) return;
    this.#focus = undefined;
    this.#host.renderRoot.querySelector<HTMLElement>(f)?.focus();
  }

  /** The live region; render it once, in a place that is always on screen. */
  render(): TemplateResult {
    return html`<p class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.text}</p>`;
  }
}
