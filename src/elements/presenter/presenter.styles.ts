import { css } from 'lit';

/** The projector theme: large type, strong contrast, no thin fonts; the bar stays small and out of the way. */
export const presenterStyles = css`
  :host {
    --aman-color-text: var(--aman-presenter-text, #111114);
    --aman-max-width: none;
    /* A little under the projector scale of an element shown alone: the presenter's bar takes a line of the screen,
       and the longest default question must still fit above it at 1024×768 and 1280×720. */
    --aman-projector-scale: var(--aman-presenter-scale, 1.65);
  }
  .presenter {
    position: relative;
    display: flex;
    flex-direction: column;
    min-height: 100vh;
    max-width: none;
    font-weight: 500;
  }
  :host(:fullscreen) {
    background: var(--_bg);
    overflow: auto;
  }
  .stage {
    flex: 1 1 auto;
  }
  .controls {
    position: sticky;
    bottom: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
    padding: 0.15em 0.5em;
    font-size: calc(0.75em / var(--_scale));
    background: var(--_surface);
    border-top: 1px solid var(--_border);
  }
  .pos {
    font-weight: 700;
    min-width: 5em;
    text-align: center;
  }
  .keys {
    margin: 0 0 0 auto;
    color: var(--_muted);
  }
  .blackout,
  .break {
    position: absolute;
    inset: 0;
    z-index: 2;
  }
  .blackout {
    background: #050507;
    color: #9a9aa6;
    display: flex;
    align-items: flex-end;
    justify-content: center;
  }
  .blackout p {
    font-size: calc(0.6em / var(--_scale) + 0.4em);
  }
  .break {
    background: var(--_bg);
    padding: var(--_space);
    overflow: auto;
  }
  .tally {
    border-top: 2px solid var(--_border);
    margin-top: 0.5em;
    padding-top: 0.25em;
  }
  .tally h2 {
    font-size: 1em;
  }
  .tally-grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
    gap: 0.5em 1em;
    font-size: 0.8em;
  }
  .count-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em;
    margin-bottom: 0.25em;
  }
  .count-row label {
    flex: 1 1 8em;
  }
  .count-row input {
    width: 3.5em;
    font: inherit;
    text-align: center;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  .error {
    flex-basis: 100%;
    color: var(--_bad);
    margin: 0;
  }
  .bars {
    width: 100%;
    height: auto;
  }
  .bar {
    fill: var(--_primary);
  }
  .num {
    fill: var(--_text);
    font-size: 16px;
    font-weight: 700;
  }
  figure {
    margin: 0;
  }
  table {
    border-collapse: collapse;
    font-size: 0.8em;
  }
  td,
  th {
    border: 1px solid var(--_border);
    padding: 0.1em 0.4em;
    text-align: start;
  }
  caption {
    text-align: start;
    color: var(--_muted);
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
    }
  }
  @media (forced-colors: active) {
    .bar {
      fill: CanvasText;
    }
  }
`;
