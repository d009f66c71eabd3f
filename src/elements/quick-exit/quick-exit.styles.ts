import { css } from 'lit';

export const quickExitStyles = css`
  [part~='base'] {
    border: 0;
    padding: 0;
    background: none;
  }
  .bar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.75em;
  }
  [part~='button'] {
    background: var(--aman-quick-exit-bg, var(--_bad));
    border-color: var(--aman-quick-exit-bg, var(--_bad));
    color: var(--aman-quick-exit-color, #fff);
    font-weight: 700;
  }
  .hint {
    color: var(--_muted);
  }
  summary {
    padding: 0.65em 0;
    cursor: pointer;
    color: var(--_primary);
  }
`;
