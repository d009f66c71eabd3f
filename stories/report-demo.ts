import { ref as litRef } from 'lit/directives/ref.js';
import type { AmanQuickExit } from '../src/elements/quick-exit/quick-exit.js';

/** In Storybook the exit is shown (the page blanks) and undone after a second, instead of leaving Storybook. */
export function demoNavigate(el: AmanQuickExit): void {
  el.navigate = (url) => {
    console.info(`aman-quick-exit → location.replace(${url})`);
    setTimeout(() => document.documentElement.removeAttribute('data-aman-exit'), 1000);
  };
}

/** `demoNavigate` for a quick exit rendered by a template. */
export const demoExit = () => litRef((el) => el && demoNavigate(el as AmanQuickExit));
