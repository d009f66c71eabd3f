import { css } from 'lit';

export const reportGuideStyles = css`
  /* Sticky, opaque and as wide as the box (over its padding too), so nothing shows beside or through it while the
     page scrolls under it; headings and focused controls stop below it (scroll-margin-top). */
  .exit-bar {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_bg);
    padding: 0.25em var(--_space);
    margin: calc(-1 * var(--_space)) calc(-1 * var(--_space)) var(--_space);
    border-bottom: 1px solid var(--_border);
    border-start-start-radius: var(--_radius);
    border-start-end-radius: var(--_radius);
  }
  .exit-bar aman-quick-exit {
    margin: 0;
  }
  h2,
  h3,
  h4,
  h5,
  a,
  button,
  input,
  summary {
    scroll-margin-top: 4.5em;
  }
  .now {
    margin-bottom: var(--_space);
  }
  .now h3 {
    margin-top: 0;
  }
  header h2 {
    margin-bottom: 0.5em;
  }
  h3 {
    margin-top: 1.25em;
  }
  /* Group headings (a step, "Nomor nasional", a service type) are never smaller than the text under them. */
  h4,
  h5 {
    font-size: 1.05em;
    font-weight: 700;
    line-height: 1.3;
    margin: 1em 0 0.5em;
  }
  h5 {
    font-size: 1em;
  }
  .note,
  .hint {
    color: var(--_muted);
  }
  legend {
    font-weight: 700;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5em;
    min-height: 44px;
    padding: 0 0.9em 0 0.6em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .choice:has(:checked) {
    border-color: var(--_primary);
    background: var(--_surface);
  }
  .choice input {
    width: 1.25em;
    height: 1.25em;
    margin: 0;
    accent-color: var(--_primary);
  }
  .step {
    margin-bottom: 1em;
  }
  .step[data-step='emergency'] {
    border-inline-start: 4px solid var(--_bad);
    padding-inline-start: 0.5em;
  }
  .marks {
    list-style: none;
    padding: 0;
  }
  .mark {
    font-weight: 700;
    margin-inline-end: 0.35em;
  }
  @media print {
    [part~='base'] {
      border: 0;
      padding: 0;
      max-width: none;
      font-size: 10.5pt;
      line-height: 1.3;
    }
    .screen,
    .exit-bar,
    footer,
    .step > :not(h4),
    .web {
      display: none !important;
    }
    h4,
    h5,
    .step {
      margin: 0.3em 0 0.1em;
    }
    .contacts {
      gap: 0;
      margin: 0;
    }
    .contact {
      display: block;
    }
    .links {
      display: inline;
    }
    .links a {
      display: inline;
      padding: 0;
      border: 0;
      background: none !important;
      color: #000 !important;
    }
  }
`;
