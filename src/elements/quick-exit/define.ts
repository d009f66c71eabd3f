import { AmanQuickExit } from './quick-exit.js';

export { AmanQuickExit };

if (!customElements.get('aman-quick-exit')) customElements.define('aman-quick-exit', AmanQuickExit);

declare global {
  interface HTMLElementTagNameMap {
    'aman-quick-exit': AmanQuickExit;
  }
}
