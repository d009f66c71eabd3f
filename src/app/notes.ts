/**
 * The facilitator's notes page (`presenter-notes.html`), for the laptop while `<aman-presenter>` shows on the
 * projector: the step on screen, its notes, what comes next, and a session timer for the facilitator only. It talks
 * to the presenter over a same-origin BroadcastChannel — "hello" on load, "state" back — so either window can reload
 * and both are in step again; its buttons and keys drive the presentation. Plain DOM and textContent only (no markup
 * is ever written: the strict CSP and Trusted Types hold), precached with the app so it opens offline.
 */
type State = { type: 'state'; step: number; total: number; title: string; next?: string; notes?: string; blackout: boolean; lang: string };

const $ = (id: string): HTMLElement => document.getElementById(id)!;
const channel = new BroadcastChannel('aman-presenter');
let words: Record<string, string> = {};
let wordsLang = '';
let last: State | undefined;
const started = Date.now();

async function loadWords(lang: string): Promise<void> {
  if (lang === wordsLang) return;
  wordsLang = lang;
  for (const l of [lang, 'id']) {
    try {
      const res = await fetch(new URL(`locales/${l}/presenter.json`, document.baseURI));
      if (res.ok) {
        words = ((await res.json()) as { notesPage: Record<string, string> }).notesPage;
        break;
      }
    } catch {
      /* offline and not cached: the next language, else the words already shown */
    }
  }
  document.documentElement.lang = lang;
  document.title = words.title ?? document.title;
  $('waiting').textContent = words.waiting ?? '';
  $('notes-label').textContent = words.notes ?? '';
  $('up-label').textContent = words.up ?? '';
  $('timer-label').textContent = words.timer ?? '';
}

async function show(s: State): Promise<void> {
  last = s;
  await loadWords(s.lang);
  $('waiting').hidden = true;
  $('now-box').hidden = false;
  $('pos').textContent = `${s.step + 1} / ${s.total}`;
  $('now').textContent = s.title;
  $('notes').textContent = s.notes ?? words.none ?? '';
  $('up').textContent = s.next ?? words.last ?? '';
  $('dark').hidden = !s.blackout;
  $('dark').textContent = words.dark ?? '';
}

channel.onmessage = (e: MessageEvent<State>) => {
  if (e.data?.type === 'state') void show(e.data);
};

const send = (action: 'next' | 'prev' | 'blackout'): void => channel.postMessage({ type: 'key', action });
for (const b of document.querySelectorAll<HTMLButtonElement>('[data-key]')) b.addEventListener('click', () => send(b.dataset.key as 'next'));
document.addEventListener('keydown', (e) => {
  if (e.altKey || e.ctrlKey || e.metaKey) return;
  const k = e.key;
  const action = ['ArrowRight', 'PageDown', ' '].includes(k) ? 'next' : ['ArrowLeft', 'PageUp'].includes(k) ? 'prev' : ['b', 'B', '.'].includes(k) ? 'blackout' : undefined;
  if (!action) return;
  if ((e.target as HTMLElement).tagName === 'BUTTON' && k === ' ') return; // Space presses the focused button itself
  e.preventDefault();
  send(action);
});

// The facilitator's clock: minutes and seconds since this window opened (never shown to the room).
setInterval(() => {
  const s = Math.floor((Date.now() - started) / 1000);
  $('timer').textContent = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}, 1000);

void loadWords(document.documentElement.lang || 'id').then(() => {
  if (!last) $('waiting').hidden = false;
});
channel.postMessage({ type: 'hello' });
