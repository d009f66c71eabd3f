import '../quick-exit/define.js';
import { AmanHelpCard } from './help-card.js';

export { AmanHelpCard };

if (!customElements.get('aman-help-card')) customElements.define('aman-help-card', AmanHelpCard);

declare global {
  interface HTMLElementTagNameMap {
    'aman-help-card': AmanHelpCard;
  }
}
