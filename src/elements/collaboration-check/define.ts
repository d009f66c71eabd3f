import { AmanCollaborationCheck } from './collaboration-check.js';

export { AmanCollaborationCheck };

if (!customElements.get('aman-collaboration-check')) customElements.define('aman-collaboration-check', AmanCollaborationCheck);

declare global {
  interface HTMLElementTagNameMap {
    'aman-collaboration-check': AmanCollaborationCheck;
  }
}
