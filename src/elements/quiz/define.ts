import { AmanQuiz } from './quiz.js';

export { AmanQuiz };

if (!customElements.get('aman-quiz')) customElements.define('aman-quiz', AmanQuiz);

declare global {
  interface HTMLElementTagNameMap {
    'aman-quiz': AmanQuiz;
  }
}
