import { css } from 'lit';

export const quizStyles = css`
  header {
    margin-bottom: var(--_space);
  }
  .count {
    color: var(--_muted);
    margin: 0 0 0.25em;
  }
  progress {
    display: block;
    width: 100%;
    height: 0.5em;
    accent-color: var(--_primary);
  }
  legend,
  .prompt {
    font-weight: 600;
    font-size: 1.1em;
  }
  .prompt:focus {
    outline: none;
  }
  .prompt:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .hint {
    color: var(--_muted);
    margin-top: -0.5em;
  }
  img {
    display: block;
    max-width: 100%;
    height: auto;
    margin: 0 0 0.75em;
    border-radius: var(--_radius);
  }
  .options {
    list-style: none;
    padding: 0;
    margin: 0 0 var(--_space);
    display: grid;
    gap: 0.5em;
  }
  [part~='option'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.6em;
    align-items: flex-start;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.6em 0.75em;
    background: var(--_bg);
    min-height: 44px;
  }
  [part~='option'] label {
    flex: 1 1 12em;
    cursor: pointer;
  }
  [part~='option'] input {
    width: 1.25em;
    height: 1.25em;
    margin: 0.15em 0 0;
    accent-color: var(--_primary);
    flex: none;
  }
  /* The sign and its word stay together, but a long word (Javanese) may wrap rather than be cut off. */
  .mark {
    font-weight: 700;
    flex: 0 1 auto;
    min-width: 0;
  }
  .option-feedback {
    flex: 1 1 100%;
    margin: 0;
    color: var(--_text);
  }
  .order-text,
  .match-left {
    flex: 1 1 10em;
  }
  .order-pos {
    font-weight: 700;
    min-width: 1.5em;
  }
  .order-buttons {
    display: flex;
    gap: 0.25em;
  }
  .order-buttons button {
    padding: 0.2em 0.6em;
    min-width: 44px;
  }
  .order-buttons button[aria-disabled='true'] {
    opacity: 0.45;
    cursor: not-allowed;
  }
  .incomplete {
    color: var(--_bad);
    font-weight: 600;
  }
  select {
    flex: 1 1 12em;
    max-width: 100%;
  }
  [part~='feedback'] {
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin: 0 0 var(--_space);
    border: 2px solid var(--_border);
  }
  [part~='feedback'] p:last-child {
    margin-bottom: 0;
  }
  footer {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    margin-top: var(--_space);
    padding-top: 0.75em;
    border-top: 1px solid var(--_border);
  }
  .link-button {
    border: 0;
    padding: 0.4em 0;
    text-decoration: underline;
    background: none;
  }
  .score {
    font-size: 1.5em;
    font-weight: 700;
    margin: 0 0 0.25em;
  }
  .review li {
    margin-bottom: 0.35em;
  }
  .note {
    color: var(--_muted);
    font-size: 0.9em;
  }
  /* Options and the feedback box share the right/wrong colours, last so they win over both borders (and a text mark, never colour alone). */
  [data-state='correct'],
  [data-state='missed'] {
    border-color: var(--_ok);
    background: var(--_ok-bg);
  }
  [data-state='wrong'] {
    border-color: var(--_bad);
    background: var(--_bad-bg);
  }
`;
