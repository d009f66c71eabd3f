// See bench-floor.html.
customElements.define(
  'aman-quiz',
  class extends HTMLElement {
    connectedCallback() {
      const button = document.createElement('button');
      button.dataset.action = 'check';
      button.textContent = 'Periksa jawaban';
      this.attachShadow({ mode: 'open' }).append(button);
    }
  },
);
