import { css } from 'lit';

/** A choice group's cards (src/shared/choice.ts), hints and messages: the stigma check and the collaboration check. */
export const choiceStyles = css`
  .hint,
  .note {
    color: var(--_muted);
  }
  fieldset .hint,
  .missing,
  .error {
    color: var(--_bad);
    font-weight: 600;
  }
  .missing {
    border: 2px solid var(--_bad);
    background: var(--_bad-bg);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  .choice {
    flex: 1 1 8em;
    display: flex;
    align-items: flex-start;
    gap: 0.5em;
    min-height: 44px;
    padding: 0.3em 0.6em;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
    min-width: 0;
  }
  .choice:has(:checked) {
    border-color: var(--_primary);
    background: var(--_surface);
  }
  .choice input {
    font-size: inherit;
    width: 1.1em;
    height: 1.1em;
    margin: 0.2em 0 0;
    flex: none;
    accent-color: var(--_primary);
  }
`;

/** A data table beside a chart: columns kept (words never split), scrolling in its own region on a phone. */
export const tableStyles = css`
  /* A data table keeps its columns (words are never split inside it); on a phone it scrolls in its own region. */
  .scroll {
    overflow-x: auto;
    margin-bottom: var(--_space);
  }
  table {
    width: 100%;
    min-width: 28em;
    border-collapse: collapse;
    overflow-wrap: normal;
  }
  .caption {
    font-weight: 700;
    margin-bottom: 0.25em;
  }
  th,
  td {
    border: 1px solid var(--_border);
    padding: 0.3em 0.4em;
    text-align: start;
    vertical-align: top;
  }
`;
