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
    min-width: 0;
  }
  /* A choice card is one target: its label fills it, so a tap anywhere on the card picks the option. */
  .choice {
    padding: 0;
    gap: 0;
  }
  .choice > label {
    flex: 1 1 12em;
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    padding: 0.6em 0.75em;
    cursor: pointer;
    min-width: 0;
  }
  .choice > label > span {
    min-width: 0;
  }
  /* Once checked, the mark and the option's feedback sit under its text, not a whole padding away. */
  .choice[data-state] > label {
    padding-bottom: 0.2em;
  }
  .choice > .mark,
  .choice > .option-feedback {
    flex-basis: 100%;
    padding: 0 0.75em 0.5em 2.45em;
  }
  /* Sized by the text (inputs do not inherit the font size otherwise), so they grow with the projector's scale. */
  [part~='option'] input {
    font-size: inherit;
    width: 1.1em;
    height: 1.1em;
    margin: 0.2em 0 0;
    accent-color: var(--_primary);
    flex: none;
  }
  [part~='option'] input[aria-disabled='true'],
  [part~='option'] input[aria-disabled='true'] + span {
    cursor: default;
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
    min-width: 0;
  }
  .match-choice {
    flex: 1 1 12em;
    min-width: 0;
    font-weight: 600;
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
  /* Not the width of its longest option: it shrinks with the card (the open list still shows every option whole). */
  select {
    flex: 1 1 12em;
    min-width: 0;
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
  .results-title {
    font-size: 1.5em;
  }
  .score {
    font-size: 1.25em;
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
  /* A right option the learner did not choose: dashed and unfilled, unlike the filled card of a right choice. */
  [data-state='missed'] {
    border-style: dashed;
    background: var(--_bg);
  }
  [data-state='wrong'] {
    border-color: var(--_bad);
    background: var(--_bad-bg);
  }

  /* A projector (1024×768, far viewing): a whole question and then its feedback on one screen. Tighter lines and
     boxes, the title and position on one line, options in columns, and once checked the feedback beside the question. */
  :host([scale='projector']) {
    --_line: var(--aman-line-height, 1.25);
  }
  :host([scale='projector']) [part~='base'] {
    padding: 0.5em 0.75em;
  }
  :host([scale='projector']) header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
    margin-bottom: 0.3em;
  }
  :host([scale='projector']) header > * {
    margin: 0;
  }
  :host([scale='projector']) h2,
  :host([scale='projector']) legend {
    font-size: 1em;
  }
  /* The pack's description is for whoever picks the quiz, not for the room: the question needs the screen. */
  :host([scale='projector']) header > p:not(.count) {
    display: none;
  }
  :host([scale='projector']) progress {
    flex: 1 1 6em;
  }
  :host([scale='projector']) fieldset,
  :host([scale='projector']) [part~='feedback'] {
    margin-bottom: 0.5em;
  }
  :host([scale='projector']) legend {
    margin-bottom: 0.3em;
  }
  :host([scale='projector']) .hint {
    font-size: 0.7em;
    margin: 0 0 0.3em;
  }
  :host([scale='projector']) .options {
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.3em;
    margin: 0;
    font-size: 0.9em;
  }
  /* Ordering items and matching rows read across: one per line, their controls beside the text. */
  :host([scale='projector']) .rows {
    grid-template-columns: minmax(0, 1fr);
  }
  /* The room sees the score; the list of every question is for a person at a screen (it would not fit a projector). */
  :host([scale='projector']) .review {
    display: none;
  }
  :host([scale='projector']) .match-left {
    flex: 3 1 10em;
  }
  :host([scale='projector']) select {
    flex: 2 1 8em;
    padding-block: 0.1em;
  }
  :host([scale='projector']) [part~='option'],
  :host([scale='projector']) .choice > label {
    padding: 0.15em 0.5em;
  }
  :host([scale='projector']) .choice {
    padding: 0;
  }
  :host([scale='projector']) .choice > .mark,
  :host([scale='projector']) .choice > .option-feedback {
    padding: 0 0.5em 0.2em;
  }
  :host([scale='projector']) [part~='feedback'] {
    padding: 0.3em 0.6em;
    font-size: 0.9em;
  }
  :host([scale='projector']) [part~='feedback'] p {
    margin-bottom: 0.3em;
  }
  :host([scale='projector']) button {
    padding-block: 0.15em;
  }
  :host([scale='projector']) .order-buttons button {
    padding: 0 0.4em;
  }
  :host([scale='projector']) .mark,
  :host([scale='projector']) .choice > .option-feedback {
    font-size: 0.75em;
  }
`;
