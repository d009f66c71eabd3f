import { AmanPresenter } from './presenter.js';

export { AmanPresenter };

if (!customElements.get('aman-presenter')) customElements.define('aman-presenter', AmanPresenter);

declare global {
  interface HTMLElementTagNameMap {
    'aman-presenter': AmanPresenter;
  }
}
