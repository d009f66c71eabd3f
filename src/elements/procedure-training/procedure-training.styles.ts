import { css } from 'lit';

export const trainingStyles = css`
  header {
    margin-bottom: var(--_space);
  }
  .playing {
    margin-bottom: 0.5em;
  }
  /* Start again and another role are for whoever holds the keyboard, not for the room: never projected large. */
  header .row {
    font-size: calc(1em / var(--_scale));
  }
  .step-title {
    font-size: 1.2em;
  }
  .step-title:focus {
    outline: none;
  }
  .step-title:focus-visible {
    outline: 3px solid var(--_focus);
  }
  h4 {
    font-size: 1.05em;
    margin: 1em 0 0.5em;
  }
  legend {
    font-weight: 600;
  }
  .hint,
  .note {
    color: var(--_muted);
  }
  fieldset .hint {
    color: var(--_bad);
    font-weight: 600;
  }
  .scene {
    margin-bottom: 0.75em;
  }
  .choices {
    display: grid;
    gap: 0.4em;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.6em;
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
    margin: 0;
    flex: none;
    accent-color: var(--_primary);
  }
  .feedback {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin-bottom: var(--_space);
  }
  .feedback p:last-child {
    margin-bottom: 0;
  }
  [data-state='ok'] {
    border-color: var(--_ok);
    background: var(--_ok-bg);
  }
  [data-state='better'] {
    background: var(--_surface);
  }
  .results,
  .debrief,
  .others {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  [part~='option'] {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
    min-width: 0;
  }
  .value {
    font-weight: 700;
  }
  /* A competency's bar: drawn in SVG, its geometry in the attributes (no style attribute under a strict CSP). */
  .bar {
    display: block;
    width: 100%;
    height: 1em;
    margin-top: 0.4em;
  }
  .bar rect {
    fill: var(--_primary);
  }
  .bar rect.track {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  .export {
    margin-top: var(--_space);
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
  }
  .field {
    display: grid;
    gap: 0.2em;
    margin-bottom: 0.6em;
  }
  input[type='text'] {
    font: inherit;
    color: var(--_text);
    background: var(--_bg);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.4em 0.6em;
    min-height: 44px;
    width: 100%;
    max-width: 24em;
  }
  :host([scale='projector']) {
    --_line: var(--aman-line-height, 1.3);
  }
  :host([scale='projector']) [part~='base'] {
    padding: 0.5em 0.75em;
  }
  :host([scale='projector']) h2 {
    font-size: 0.8em;
    margin-bottom: 0.3em;
  }
  :host([scale='projector']) .step-title,
  :host([scale='projector']) .playing {
    font-size: 0.8em;
    margin-bottom: 0.3em;
  }
`;
