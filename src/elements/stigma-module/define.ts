import { AmanStigmaModule } from './stigma-module.js';

export { AmanStigmaModule };

if (!customElements.get('aman-stigma-module')) customElements.define('aman-stigma-module', AmanStigmaModule);

declare global {
  interface HTMLElementTagNameMap {
    'aman-stigma-module': AmanStigmaModule;
  }
}
