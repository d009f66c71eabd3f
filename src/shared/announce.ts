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

  /**
   * Says `text` politely; with `focus`, moves the keyboard to that element after the next render. The same sentence
   * twice is said twice (a second press of "check" with no answer must not meet silence): the text is varied by an
   * invisible no-break space so the live region changes.
   */
  announce(text: string, focus?: string): void {
    this.text = text && text === this.text.replace(/\u00a0$/, '') && !this.text.endsWith('\u00a0') ? `${text}\u00a0` : text;
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
    // The target may come a render later (a pack that is still being prepared): the request waits for it.
    const el = this.#host.renderRoot.querySelector<HTMLElement>(f);
    if (!el) return;
    this.#focus = undefined;
    el.focus();
  }

  /** The live region; render it once, in a place that is always on screen. */
  render(): TemplateResult {
    return html`<p class="sr-only" role="status" aria-live="polite" aria-atomic="true">${this.text}</p>`;
  }
}
