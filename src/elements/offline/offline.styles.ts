import { css } from 'lit';

export const offlineStyles = css`
  /* Nothing to say: no box at all, but the status region inside stays in the tree so later news is announced. */
  [part~='base'].empty {
    border: 0;
    padding: 0;
    background: none;
  }
  [part~='base'].box:not(.empty) {
    border-inline-start: 0.4em solid var(--_primary);
  }
  .msg {
    margin: 0 0 0.5em;
  }
  .msg:last-child {
    margin-bottom: 0;
  }
  .msg[data-kind='ready'] strong {
    color: var(--_ok);
  }
  .msg[data-kind='offline'] strong {
    color: var(--_text);
  }
  .row {
    margin-top: 0.75em;
  }
`;
