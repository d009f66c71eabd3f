import { AmanProcedureTraining } from './procedure-training.js';

export { AmanProcedureTraining };

if (!customElements.get('aman-procedure-training')) customElements.define('aman-procedure-training', AmanProcedureTraining);

declare global {
  interface HTMLElementTagNameMap {
    'aman-procedure-training': AmanProcedureTraining;
  }
}
