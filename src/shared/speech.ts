import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** "id_ID", "id-id" → "id-id": voices name languages in several ways (PLATFORM.md, read-aloud). */
const norm = (l: string): string => l.replace('_', '-').toLowerCase();

/** Sentences of a text, so a long text is never cut (Chrome stops long utterances) and reading can follow along. */
export const sentences = (text: string): string[] =>
  text
    .split(/(?<=[.!?…])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);

/**
 * Read-aloud with the device's own voice only: a voice whose `localService` is true, for the content's language.
 * An online voice would send the text to its vendor, so it is never used; with no on-device voice for the language
 * (Javanese, today, anywhere) `voice` stays undefined and the element shows no button. Speaks sentence by sentence;
 * stops when the host leaves the page or calls `stop()`.
 */
export class ReadAloudController implements ReactiveController {
  /** The sentence being read (index into the last `read()` list), or -1. */
  reading = -1;
  readonly #host: ReactiveControllerHost;
  readonly #lang: () => string;
  #queue: string[] = [];
  #run = 0;

  constructor(host: ReactiveControllerHost, lang: () => string) {
    this.#host = host;
    this.#lang = lang;
    host.addController(this);
  }

  #changed = (): void => this.#host.requestUpdate();

  hostConnected(): void {
    globalThis.speechSynthesis?.addEventListener?.('voiceschanged', this.#changed);
  }

  hostDisconnected(): void {
    globalThis.speechSynthesis?.removeEventListener?.('voiceschanged', this.#changed);
    this.stop();
  }

  /** The on-device voice for the content's language, if the device has one. */
  get voice(): SpeechSynthesisVoice | undefined {
    const want = norm(this.#lang());
    const voices = globalThis.speechSynthesis?.getVoices?.() ?? [];
    return voices.find((v) => v.localService && (norm(v.lang) === want || norm(v.lang).startsWith(`${want}-`)));
  }

  /** Reads `texts` one sentence after another (a user gesture must start it). */
  read(texts: string[]): void {
    const voice = this.voice;
    if (!voice) return;
    this.stop();
    const run = ++this.#run;
    this.#queue = texts.flatMap(sentences);
    const say = (i: number): void => {
      if (run !== this.#run) return;
      if (i >= this.#queue.length) return void this.#done();
      this.reading = i;
      this.#host.requestUpdate();
      const u = new SpeechSynthesisUtterance(this.#queue[i]);
      try {
        u.voice = voice;
      } catch {
        /* a voice the engine no longer knows: the language alone picks one */
      }
      u.lang = voice.lang.replace('_', '-');
      u.onend = () => say(i + 1);
      u.onerror = () => this.#done();
      speechSynthesis.speak(u);
    };
    say(0);
  }

  #done(): void {
    this.reading = -1;
    this.#queue = [];
    this.#host.requestUpdate();
  }

  stop(): void {
    if (this.reading < 0 && !this.#queue.length) return;
    this.#run++;
    this.#queue = [];
    globalThis.speechSynthesis?.cancel();
    this.#done();
  }
}
