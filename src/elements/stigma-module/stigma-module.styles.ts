import { css } from 'lit';

export const stigmaStyles = css`
  header {
    margin-bottom: var(--_space);
  }
  /* The part navigation is for whoever holds the keyboard, not for the room: never projected large. */
  nav {
    font-size: calc(1em / var(--_scale));
  }
  nav ol {
    list-style: none;
    padding: 0;
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
  }
  nav button {
    padding: 0.3em 0.7em;
  }
  nav [aria-current] {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
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
    margin: 0 0 0.5em;
  }
  legend {
    font-weight: 600;
  }
  fieldset {
    margin-bottom: 1.25em;
  }
  /* A scenario's answers are sentences: one under the other. */
  [data-question^='sc-'] .choices {
    flex-direction: column;
  }
  [data-question^='sc-'] .choice {
    flex-basis: auto;
  }
  .cards,
  .words,
  .statements {
    list-style: none;
    padding: 0;
    display: grid;
    gap: 0.75em;
  }
  .cards,
  .words {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18em), 1fr));
  }
  [part~='option'] {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em;
    min-width: 0;
  }
  .card[data-turned='true'] {
    border-color: var(--_ok);
    background: var(--_ok-bg);
  }
  .fact {
    margin-top: 0.75em;
  }
  @media (prefers-reduced-motion: no-preference) {
    .fact {
      animation: turn 0.3s ease-out;
    }
    @keyframes turn {
      from {
        transform: rotateX(80deg);
        opacity: 0;
      }
    }
  }
  .cards p,
  .words p,
  .statements p {
    margin-bottom: 0.5em;
  }
  .avoid strong {
    color: var(--_bad);
  }
  .use strong {
    color: var(--_ok);
  }
  .role {
    font-style: italic;
  }
  .feedback {
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
    margin-bottom: var(--_space);
  }
  [data-state='ok'] {
    border-color: var(--_ok);
    background: var(--_ok-bg);
  }
  [data-state='better'] {
    background: var(--_surface);
  }
  /* Paired bars: the label, the bar (drawn in SVG, geometry in its attributes), the number written beside it. */
  .bars {
    display: grid;
    grid-template-columns: auto minmax(3em, 1fr) auto;
    align-items: center;
    gap: 0.25em 0.5em;
    margin-bottom: 0.5em;
  }
  .bar {
    display: block;
    width: 100%;
    height: 1em;
  }
  .bar rect {
    fill: var(--_primary);
  }
  .bar.before rect {
    fill: var(--_muted);
  }
  /* The whole scale behind each bar (5 = most supportive), drawn with a border so it shows on any background. */
  .bar rect.track {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-width: 1px;
    vector-effect: non-scaling-stroke;
  }
  /* Forced colours: the bars in system colours, the scale behind them outlined (the numbers say it all as well). */
  @media (forced-colors: active) {
    .bar {
      forced-color-adjust: none;
    }
    .bar rect {
      fill: Highlight;
    }
    .bar.before rect {
      fill: GrayText;
    }
    .bar rect.track {
      fill: Canvas;
      stroke: CanvasText;
    }
  }
  .value,
  .change {
    font-weight: 700;
  }
  .statements > li {
    border-top: 1px solid var(--_border);
    padding-top: 0.5em;
  }
  figure {
    margin: 0 0 var(--_space);
  }
  figcaption {
    font-weight: 700;
    margin-bottom: 0.5em;
  }
  .n {
    display: block;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .statement {
    font-size: 1.3em;
    font-weight: 600;
  }
  .counts {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 9.5em), 1fr));
    gap: 0.5em;
  }
  .count {
    display: flex;
    flex-direction: column;
    gap: 0.3em;
  }
  .count label {
    font-weight: 600;
  }
  .stepper {
    display: flex;
    gap: 0.25em;
    margin-top: auto;
  }
  .stepper button {
    min-width: 44px;
    padding: 0 0.5em;
    font-weight: 700;
  }
  .stepper input {
    font: inherit;
    width: 3.5em;
    min-width: 0;
    flex: 1 1 3.5em;
    min-height: 44px;
    text-align: center;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_bg);
  }
  .stepper input[aria-invalid] {
    border-color: var(--_bad);
  }
  .error {
    margin: 0;
  }
  .sum {
    font-weight: 700;
  }
  summary {
    cursor: pointer;
    color: var(--_primary);
    min-height: 44px;
    display: flex;
    align-items: center;
  }
  .nav {
    margin-top: var(--_space);
  }
  /* A projector (1024×768, far viewing): one statement with its five count fields and Next on one screen. */
  :host([scale='projector']) {
    --_line: var(--aman-line-height, 1.25);
  }
  :host([scale='projector']) [part~='base'] {
    padding: 0.5em 0.75em;
  }
  :host([scale='projector']) header {
    margin-bottom: 0.3em;
  }
  :host([scale='projector']) h2 {
    font-size: 0.8em;
    margin-bottom: 0.3em;
  }
  :host([scale='projector']) .step-title {
    font-size: 0.8em;
    margin-bottom: 0.3em;
  }
  :host([scale='projector']) .counts {
    font-size: 0.75em;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 7em), 1fr));
  }
  :host([scale='projector']) [part~='option'] {
    padding: 0.4em;
  }
  :host([scale='projector']) fieldset,
  :host([scale='projector']) .nav {
    margin: 0 0 0.4em;
  }
  :host([scale='projector']) legend,
  :host([scale='projector']) .sum,
  :host([scale='projector']) .note {
    font-size: 0.75em;
    margin-bottom: 0.3em;
  }
  :host([scale='projector']) button {
    padding-block: 0.15em;
  }
`;
