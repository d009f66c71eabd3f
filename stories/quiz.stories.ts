import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/elements/quiz/define.js';
import type { QuizPack } from '../src/core/types.js';

interface Args {
  lang: string;
  pack?: string;
  src?: string;
  scale?: string;
  shuffle: boolean;
  seed?: string;
}

const meta: Meta<Args> = {
  title: 'Elements/aman-quiz',
  component: 'aman-quiz',
  args: { lang: 'id', shuffle: false },
  argTypes: {
    lang: { control: 'inline-radio', options: ['id', 'en', 'jv'] },
    pack: { control: 'select', options: ['kenali-dan-laporkan', 'alur-rujukan-petugas'] },
    scale: { control: 'inline-radio', options: [undefined, 'projector'] },
  },
  render: (a) => html`<aman-quiz
    lang=${a.lang}
    pack=${ifDefined(a.pack)}
    src=${ifDefined(a.src)}
    scale=${ifDefined(a.scale)}
    seed=${ifDefined(a.seed)}
    ?shuffle=${a.shuffle}
  ></aman-quiz>`,
};
export default meta;
type Story = StoryObj<Args>;

/** The default Indonesian awareness quiz for the public. */
export const Default: Story = {};
export const English: Story = { args: { lang: 'en' } };
/** Javanese interface; the content falls back to Indonesian until a Javanese pack exists. */
export const Javanese: Story = { args: { lang: 'jv' } };
export const StaffQuiz: Story = { name: 'Staff quiz (referral path)', args: { pack: 'alur-rujukan-petugas' } };
export const Projector: Story = { name: 'Projector scale', args: { scale: 'projector' } };
export const Shuffled: Story = { args: { shuffle: true, seed: 'kelas-7a' } };

/** A pack URL that never answers: the loading state stays on screen (the story's fetch never settles). */
export const Loading: Story = {
  render: (a) => {
    const original = window.fetch;
    window.fetch = ((input: RequestInfo | URL, init?: RequestInit) =>
      String(input).includes('never-loads') ? new Promise<Response>(() => {}) : original(input, init)) as typeof fetch;
    return html`<aman-quiz lang=${a.lang} src="/fixtures/never-loads.json"></aman-quiz>`;
  },
};

/** An invalid pack: the error names the JSON path of each problem. */
export const InvalidPack: Story = { args: { src: '/fixtures/quiz-invalid.json' } };
export const NotFound: Story = { name: 'Pack not found', args: { src: '/fixtures/does-not-exist.json' } };

const one = (type: string, q: object): QuizPack =>
  ({
    schema: 'aman-pack/1',
    kind: 'quiz',
    id: `demo-${type}`,
    lang: 'id',
    version: '1.0.0',
    title: `Contoh: ${type}`,
    passMark: 1,
    questions: [{ id: 'q1', type, ...q }],
  }) as QuizPack;

const typeStory = (pack: QuizPack): Story => ({
  render: (a) => html`<aman-quiz lang=${a.lang} .packData=${pack} scale=${ifDefined(a.scale)}></aman-quiz>`,
});

export const SingleChoice = typeStory(
  one('single', {
    prompt: 'Siapa yang paling tepat dihubungi lebih dulu bila anak dalam bahaya saat ini?',
    explanation: 'Bahaya yang sedang terjadi adalah keadaan darurat: hubungi polisi di 110.',
    options: [
      { id: 'a', text: 'Polisi (110)', correct: true, feedback: 'Ya, keadaan darurat.' },
      { id: 'b', text: 'Menunggu besok pagi', feedback: 'Anak perlu dilindungi sekarang.' },
    ],
  }),
);
export const MultipleChoice = typeStory(
  one('multiple', {
    prompt: 'Mana yang termasuk tanda bahaya grooming?',
    options: [
      { id: 'a', text: 'Meminta anak merahasiakan sesuatu', correct: true },
      { id: 'b', text: 'Memberi hadiah berlebihan secara diam-diam', correct: true },
      { id: 'c', text: 'Guru memberi PR', feedback: 'Ini kegiatan biasa.' },
    ],
  }),
);
export const TrueFalse = typeStory(
  one('true-false', { prompt: 'Pelaku selalu orang asing.', answer: false, explanation: 'Pelaku sering orang yang dikenal anak.' }),
);
export const Ordering = typeStory(
  one('ordering', {
    prompt: 'Urutkan langkah layanan.',
    items: [
      { id: 'aduan', text: 'Aduan' },
      { id: 'asesmen', text: 'Asesmen awal' },
      { id: 'layanan', text: 'Layanan' },
      { id: 'reintegrasi', text: 'Reintegrasi' },
    ],
  }),
);
export const Matching = typeStory(
  one('matching', {
    prompt: 'Pasangkan lembaga dengan perannya.',
    pairs: [
      { id: 'uptd', left: 'UPTD PPA', right: 'Pendampingan dan manajemen kasus' },
      { id: 'polres', left: 'Unit PPA Polres', right: 'Laporan polisi dan penyidikan' },
      { id: 'pkm', left: 'Puskesmas', right: 'Perawatan medis' },
    ],
  }),
);

/** The results screen: a finished attempt restored from device storage. */
export const Results: Story = {
  render: (a) => {
    const pack = one('true-false', { prompt: 'Anak adalah setiap orang di bawah 18 tahun.', answer: true });
    const el = document.createElement('aman-quiz');
    el.lang = a.lang;
    localStorage.setItem(
      `aman:quiz:${pack.id}:id`,
      JSON.stringify({
        format: 1,
        packId: pack.id,
        version: '1.0.0',
        lang: 'id',
        attempt: 1,
        seed: 7,
        order: ['q1'],
        index: 1,
        answers: { q1: { type: 'true-false', value: true } },
        checked: ['q1'],
        startedAt: 0,
        finishedAt: 1000,
      }),
    );
    el.packData = pack;
    return el;
  },
};
