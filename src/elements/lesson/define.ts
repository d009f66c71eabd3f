import { AmanLesson } from './lesson.js';

export { AmanLesson };

if (!customElements.get('aman-lesson')) customElements.define('aman-lesson', AmanLesson);

declare global {
  interface HTMLElementTagNameMap {
    'aman-lesson': AmanLesson;
  }
}
