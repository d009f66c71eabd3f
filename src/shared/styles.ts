import { css } from 'lit';

/**
 * Design tokens and the shared base of every element. Global tokens are `--aman-*` (set by a host page or a
 * theme); components read them only through private `--_*` variables defined here, with the defaults. The base
 * wrapper resets every inherited property so a hostile page stylesheet (`* { all: unset; font-size: 8px }`)
 * cannot reach inside: sizes are `max(1rem, 16px)`-based, so a page shrinking `rem` cannot shrink the text while a
 * reader's larger default font still enlarges it.
 */
export const tokens = css`
  :host {
    --_scale: var(--aman-scale, 1);
    --_font: var(--aman-font-family, system-ui, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif);
    --_size: calc(max(1rem, 16px) * var(--_scale));
    --_line: var(--aman-line-height, 1.5);
    --_text: var(--aman-color-text, #1b1b1f);
    --_muted: var(--aman-color-muted, #4a4a55);
    --_bg: var(--aman-color-bg, #ffffff);
    --_surface: var(--aman-color-surface, #f3f5f9);
    --_border: var(--aman-color-border, #767683);
    --_primary: var(--aman-color-primary, #0b4f8a);
    --_on-primary: var(--aman-color-on-primary, #ffffff);
    --_ok: var(--aman-color-success, #1a6b2f);
    --_ok-bg: var(--aman-color-success-bg, #e6f4ea);
    --_bad: var(--aman-color-danger, #a1232b);
    --_bad-bg: var(--aman-color-danger-bg, #fdecee);
    --_focus: var(--aman-color-focus, #c75300);
    --_radius: var(--aman-radius, 0.5em);
    --_space: var(--aman-space, 1em);
    --_max-width: var(--aman-max-width, 48rem);
    display: block;
    /* Layout and style containment only: paint containment would clip focus rings drawn outside a control. */
    contain: layout style;
    /* Two elements one after the other on a host page never touch, also under a strict CSP where the host cannot
       add a style attribute; a page's own rule for the tag wins over this (and --aman-block-gap sets it). Margins
       collapse, so two elements get one gap, not two. */
    margin-block: var(--aman-block-gap, max(1rem, 16px));
  }
  :host([hidden]) {
    display: none !important;
  }
  /* The public token, not the private one: custom properties inherit into nested shadow roots, so every Aman
     element inside a projector-scale host (its quick exit, a lesson's quiz) is large too. */
  :host([scale='projector']) {
    --aman-scale: var(--aman-projector-scale, 1.75);
    --aman-max-width: none;
  }
`;

export const base = css`
  [part~='base'] {
    all: initial;
    display: block;
    box-sizing: border-box;
    max-width: var(--_max-width);
    font-family: var(--_font);
    font-size: var(--_size);
    line-height: var(--_line);
    color: var(--_text);
    background: var(--_bg);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    text-align: start;
    overflow-wrap: anywhere;
    /* A reader's own text-spacing overrides on the page reach the text (WCAG 1.4.12); tokens can set them too. */
    letter-spacing: var(--aman-letter-spacing, inherit);
    word-spacing: var(--aman-word-spacing, inherit);
  }
  [part~='base'] * {
    box-sizing: border-box;
  }
  h2,
  h3,
  p,
  ul,
  ol,
  fieldset,
  legend {
    margin: 0 0 0.75em;
    padding: 0;
  }
  h2 {
    font-size: 1.35em;
    line-height: 1.25;
  }
  h3 {
    font-size: 1.1em;
  }
  ul,
  ol {
    padding-inline-start: 1.25em;
  }
  fieldset {
    border: 0;
    min-width: 0;
  }
  a {
    color: var(--_primary);
    text-decoration: underline;
  }
  button,
  select {
    font: inherit;
    color: inherit;
    min-height: 44px;
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    background: var(--_bg);
    color: var(--_primary);
    padding: 0.4em 1em;
    cursor: pointer;
  }
  button[data-variant='primary'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  .alert {
    border: 2px solid var(--_bad);
    background: var(--_bad-bg);
    color: var(--_text);
    border-radius: var(--_radius);
    padding: 0.75em 1em;
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
`;
