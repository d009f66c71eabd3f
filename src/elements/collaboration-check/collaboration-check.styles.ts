import { css } from 'lit';

export const collaborationStyles = css`
  .step-title {
    font-size: 1.1em;
  }
  .step-title:focus {
    outline: none;
  }
  .step-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  legend {
    font-size: 1.15em;
    font-weight: 600;
    margin-bottom: 0.75em;
  }
  .round {
    color: var(--_muted);
  }
  .nav {
    margin-top: var(--_space);
  }
  /* The code is read aloud or typed: large, monospaced, every character distinct, selectable at once. */
  .code {
    font-family: ui-monospace, 'Cascadia Mono', 'DejaVu Sans Mono', monospace;
    font-size: 1.4em;
    font-weight: 700;
    letter-spacing: 0.05em;
    padding: 0.5em 0.75em;
    background: var(--_surface);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    user-select: all;
    overflow-wrap: anywhere;
  }
`;
