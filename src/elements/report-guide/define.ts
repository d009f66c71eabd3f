import '../quick-exit/define.js';
import { AmanReportGuide } from './report-guide.js';

export { AmanReportGuide };

if (!customElements.get('aman-report-guide')) customElements.define('aman-report-guide', AmanReportGuide);

declare global {
  interface HTMLElementTagNameMap {
    'aman-report-guide': AmanReportGuide;
  }
}
