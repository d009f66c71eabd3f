import { css } from 'lit';

/** The lesson's own layout; the question styles come from the quiz. Drawings are coloured through the tokens. */
export const lessonStyles = css`
  :host {
    --_accent: var(--aman-color-accent, #b3364a);
  }
  .meta {
    color: var(--_muted);
    margin: 0 0 0.25em;
  }
  .tools {
    margin-top: 0.25em;
  }
  [aria-pressed='true'] {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  h4 {
    margin: 0.75em 0 0.25em;
    font-size: 1em;
  }
  .sections li {
    margin-bottom: 0.25em;
  }
  .sections .link-button {
    text-align: start;
  }
  .tag {
    display: inline-block;
    margin-inline-start: 0.5em;
    padding: 0 0.4em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.85em;
    color: var(--_muted);
  }
  .section-title,
  .plan-title,
  .end-title,
  .warning-title {
    font-size: 1.25em;
  }
  .warning,
  .discussion,
  .teacher-notes,
  .talk {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5em 0.75em;
    margin: 0.75em 0;
  }
  .warning {
    border-width: 2px;
    border-color: var(--_primary);
  }
  .discussion {
    background: var(--_surface);
  }
  .teacher-notes {
    border-style: dashed;
    border-inline-start: 0.4em solid var(--_accent);
  }
  .discussion h4,
  .teacher-notes h4 {
    margin-top: 0;
  }
  .checkpoint {
    margin-top: var(--_space);
    padding-top: 0.5em;
    border-top: 1px solid var(--_border);
  }
  .question {
    margin-bottom: var(--_space);
  }
  [data-state='reflection'] {
    border-color: var(--_primary);
    background: var(--_surface);
  }
  .after:focus {
    outline: none;
  }
  .nav {
    margin-top: var(--_space);
  }
  .talk summary {
    cursor: pointer;
    font-weight: 600;
  }
  .talk aman-help-card {
    --aman-block-gap: 0.5em;
  }
  .drawing {
    margin: 0.5em 0;
    max-width: 24em;
  }
  .drawing svg {
    display: block;
    width: 100%;
    height: auto;
  }
  /* The drawings name colours by role only; a theme recolours them through the tokens. */
  .bg {
    fill: var(--aman-illustration-bg, var(--_surface));
  }
  .bg2 {
    fill: var(--aman-illustration-bg2, #dfe6ee);
  }
  .sk1 {
    fill: #f6d7bf;
  }
  .sk2 {
    fill: #e0ac82;
  }
  .sk3 {
    fill: #b77a50;
  }
  .sk4 {
    fill: #7a4a2c;
  }
  .hr {
    fill: #2b2119;
  }
  .cl1 {
    fill: var(--_primary);
  }
  .cl2 {
    fill: var(--aman-illustration-2, #e2a33b);
  }
  .cl3 {
    fill: var(--_accent);
  }
  .cl4 {
    fill: var(--aman-illustration-4, #8a8f98);
  }
  .ln {
    fill: none;
    stroke: var(--_text);
  }
  .ac {
    fill: var(--_accent);
  }
  .wh {
    fill: var(--_bg);
  }
  :host([scale='projector']) .drawing {
    float: inline-end;
    width: 40%;
    margin: 0 0 0.5em 1em;
  }
  :host([scale='projector']) .talk,
  :host([scale='projector']) .tools {
    font-size: calc(1em / var(--_scale));
  }
  /* One screen in front of a class, never scrolled: tighter headings and paragraphs. */
  :host([scale='projector']) .section-title {
    font-size: 1.1em;
    margin-bottom: 0.2em;
  }
  :host([scale='projector']) .section p {
    margin-block: 0 0.35em;
  }
  :host([scale='projector']) .nav {
    margin-top: 0.3em;
  }
  :host([scale='projector']) .question {
    margin-bottom: 0.2em;
  }
  :host([scale='projector']) .question fieldset {
    margin-bottom: 0.2em;
  }
  :host([scale='projector']) .discussion.big {
    font-size: 1.2em;
  }
  .handout h2 {
    margin-top: 0;
  }
  .handout .sheet {
    break-inside: avoid-page;
    margin-bottom: 1em;
  }
  .handout .drawing {
    max-width: 9cm;
  }
  .paper-questions > li {
    margin-bottom: 0.5em;
  }
  .paper-questions ul {
    list-style: none;
    padding-inline-start: 0.5em;
  }
  .key {
    font-style: italic;
  }
  @media print {
    [part~='base'] {
      max-width: none;
      font-size: 11pt;
    }
    button {
      display: none;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
