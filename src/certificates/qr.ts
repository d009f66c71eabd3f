import { html, type TemplateResult } from 'lit';
import { qrMatrix, qrPath } from './qr-encode.js';

/**
 * A QR code as one SVG path in a Lit template: foreground that prints (not a background), no `style`, nothing a
 * strict CSP or Trusted Types would refuse. Dark modules take the text colour; size it with CSS on `.qr`.
 */
export function qrSvg(text: string, label: string): TemplateResult {
  const matrix = qrMatrix(text);
  const size = matrix.length + 8;
  return html`<svg class="qr" viewBox="0 0 ${size} ${size}" role="img" aria-label=${label} shape-rendering="crispEdges"><path fill="currentColor" d=${qrPath(matrix)}></path></svg>`;
}
