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
    gap: 0.25em 0.6em;
  }
  [part~='button'] {
    background: var(--aman-quick-exit-bg, var(--_bad));
    border-color: var(--aman-quick-exit-bg, var(--_bad));
    color: var(--aman-quick-exit-color, #fff);
    font-weight: 700;
    padding-inline: 0.8em;
  }
  /* "or press Shift 3 times" only where there is a keyboard (a phone has none: the words would only cost a line);
     the count shows wherever Shift is being pressed. Hidden, it still describes the button. */
  .hint {
    display: none;
    color: var(--_muted);
  }
  .hint.counting {
    display: inline;
  }
  @media (hover: hover) and (pointer: fine) {
    .hint {
      display: inline;
    }
  }
  /* A narrow bar (a phone, a sidebar) keeps to one line whatever the pointer: the hint goes first. */
  [part~='base'] {
    container-type: inline-size;
  }
  @container (max-width: 30em) {
    .hint:not(.counting) {
      display: none;
    }
  }
  /* Closed, "about" sits beside the button (its words wrap within the button's height on a narrow phone rather than
     starting a second row); opened, its text takes a full-width line of its own. */
  details {
    flex: 1 1 0%;
    min-width: 7em;
  }
  details[open] {
    flex-basis: 100%;
  }
  summary {
    padding: 0.25em 0;
    line-height: 1.25;
    cursor: pointer;
    color: var(--_primary);
    font-size: 0.9em;
  }
  details p {
    margin: 0.5em 0 0;
  }
`;
