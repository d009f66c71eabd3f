import { css } from 'lit';

/**
 * Styles of the certificate and check views, for the `static styles` of the element that renders them. Print
 * rules work inside shadow styles; `@page { size: A4 }` comes from `printOnly()` (src/shared/print.ts), a document-level sheet (PLATFORM.md).
 */
export const certificateStyles = css`
  .certificate {
    display: grid;
    gap: var(--aman-space, 1rem);
    max-inline-size: 48rem;
    padding: calc(2 * var(--aman-space, 1rem));
    border: 0.25rem double var(--aman-color-border, #555);
    color: var(--aman-color-text, #111);
    background: var(--aman-color-surface, #fff);
    break-inside: avoid;
  }
  .certificate h2 { margin: 0; font-size: 1.75em; text-align: center; }
  .certificate .issuer { margin: 0; text-align: center; font-weight: 600; }
  .certificate .body { text-align: center; }
  .certificate .trainee { font-size: 1.75em; font-weight: 700; margin: 0.5rem 0; }
  .competencies { margin-inline: auto; border-collapse: collapse; text-align: start; }
  .competencies caption { font-weight: 600; }
  .competencies th, .competencies td { padding: 0.25rem 0.75rem; border-block-end: 1px solid var(--aman-color-border, #999); }
  .certificate footer { display: flex; gap: var(--aman-space, 1rem); align-items: flex-start; }
  .qr { inline-size: 42mm; block-size: 42mm; flex: none; color: #000; background: #fff; }
  .code code { overflow-wrap: anywhere; font-size: 0.7rem; }
  .limits, .warning, .reference { font-size: 0.875em; }
  .warning { font-weight: 700; }
  .check form { display: grid; gap: 0.5rem; }
  .check textarea { font: inherit; font-family: monospace; }
  .valid { color: var(--aman-color-success, #0a6b2d); font-weight: 700; }
  .invalid { color: var(--aman-color-danger, #a4161a); font-weight: 700; }
  .claims { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
  .claims dd { margin: 0; overflow-wrap: anywhere; }
  @media print {
    .certificate { border-color: #000; color: #000; background: #fff; min-block-size: 250mm; }
  }
`;
