import { css } from 'lit';

export const monitoringStyles = css`
  section {
    margin-top: 1.5em;
  }
  h4 {
    font-size: 1em;
    margin: 1em 0 0.5em;
  }
  label {
    display: block;
    font-weight: 600;
    margin-bottom: 0.25em;
  }
  textarea {
    font: inherit;
    width: 100%;
    min-height: 6em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em;
    color: var(--_text);
    background: var(--_bg);
  }
  input[type='file'] {
    font: inherit;
    max-width: 100%;
  }
  .note,
  .hint {
    color: var(--_muted);
  }
  .problems {
    color: var(--_bad);
  }
  .status {
    font-weight: 600;
  }
  .picture {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: flex-start;
  }
  .picture > svg {
    flex: 0 1 18em;
    width: 100%;
    max-width: 18em;
    height: auto;
  }
  .picture > div {
    flex: 1 1 20em;
    min-width: 0;
  }
  svg .ring,
  svg .axis {
    fill: none;
    stroke: var(--_border);
    stroke-width: 1;
  }
  svg .iqr {
    fill: var(--_surface);
    stroke: none;
  }
  svg .iqr-hole {
    fill: var(--_bg);
    stroke: none;
  }
  svg .now {
    fill: none;
    stroke: var(--_primary);
    stroke-width: 3;
  }
  svg .before {
    fill: none;
    stroke: var(--_focus);
    stroke-width: 2;
    stroke-dasharray: 6 4;
  }
  svg text {
    fill: var(--_text);
    font-size: 14px;
    font-family: inherit;
  }
  .legend {
    list-style: none;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
  }
  .legend li::before {
    content: '';
    display: inline-block;
    width: 1.5em;
    height: 0.8em;
    margin-inline-end: 0.3em;
    vertical-align: middle;
    border-bottom: 3px solid var(--_primary);
  }
  .legend .before::before {
    border-bottom: 2px dashed var(--_focus);
  }
  .legend .band::before {
    background: var(--_surface);
    border: 1px solid var(--_border);
  }
  .weak li {
    margin-bottom: 0.5em;
  }
  td.num,
  th.num {
    text-align: end;
    white-space: nowrap;
  }
  @media print {
    [data-noprint],
    button,
    input,
    textarea,
    label,
    [part~='footer'] {
      display: none !important;
    }
    [part~='base'] {
      border: 0;
      padding: 0;
      font-size: 9.5pt;
      max-width: none;
    }
    section {
      margin-top: 0.75em;
      break-inside: avoid;
    }
    /* One A4 page: the chart beside its table, compact type. */
    .picture {
      display: grid;
      grid-template-columns: 13em minmax(0, 1fr);
      gap: 0.75em;
    }
    .picture > svg {
      width: 13em;
      max-width: none;
    }
    th,
    td {
      padding: 0.1em 0.25em;
    }
    td.num,
    th.num {
      white-space: normal;
    }
    h2 {
      font-size: 1.2em;
    }
    p,
    ol,
    ul {
      margin-bottom: 0.4em;
    }
    .scroll {
      overflow: visible;
    }
    table {
      min-width: 0;
    }
  }
  :host([scale='projector']) .picture > svg {
    max-width: 28em;
    flex-basis: 28em;
  }
`;
