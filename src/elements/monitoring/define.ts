import { AmanMonitoring } from './monitoring.js';

export { AmanMonitoring };

if (!customElements.get('aman-monitoring')) customElements.define('aman-monitoring', AmanMonitoring);

declare global {
  interface HTMLElementTagNameMap {
    'aman-monitoring': AmanMonitoring;
  }
}
