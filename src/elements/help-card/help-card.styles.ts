import { css } from 'lit';

export const helpCardStyles = css`
  :host {
    --_max-width: var(--aman-max-width, 22rem);
  }
  h2 {
    font-size: 1.2em;
    margin-bottom: 0.35em;
  }
  h3 {
    font-size: 1em;
    margin: 0.75em 0 0.35em;
  }
  .guide {
    display: inline-flex;
    align-items: center;
    min-height: 44px;
    font-weight: 700;
  }
  aman-quick-exit {
    margin: 0.75em 0 0;
  }
`;
