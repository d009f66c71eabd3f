import { AmanOffline } from './offline.js';

export { AmanOffline };

if (!customElements.get('aman-offline')) customElements.define('aman-offline', AmanOffline);

declare global {
  interface HTMLElementTagNameMap {
    'aman-offline': AmanOffline;
  }
}
