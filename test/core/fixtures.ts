import type { QuizPack, RegionPack } from '../../src/core/types.js';

/** A fresh, valid quiz with one question of each type (tests change copies of it). */
export function quizPack(): QuizPack {
  return {
    schema: 'aman-pack/1',
    kind: 'quiz',
    id: 'kenali-dan-laporkan',
    lang: 'id',
    version: '1.0.0',
    title: 'Kenali dan laporkan',
    passMark: 0.7,
    questions: [
      {
        id: 'q1',
        type: 'single',
        prompt: 'Siapa yang boleh menyentuh area pribadi anak?',
        options: [
          { id: 'a', text: 'Dokter saat diperiksa, didampingi orang tua', correct: true },
          { id: 'b', text: 'Siapa saja yang dikenal' },
        ],
      },
      {
        id: 'q2',
        type: 'multiple',
        prompt: 'Tanda yang perlu diperhatikan',
        options: [
          { id: 'a', text: 'Takut pada orang tertentu', correct: true },
          { id: 'b', text: 'Rajin belajar' },
          { id: 'c', text: 'Luka yang tidak dijelaskan', correct: true },
          { id: 'd', text: 'Suka olahraga' },
        ],
      },
      { id: 'q3', type: 'true-false', prompt: 'Anak yang bercerita harus dimarahi.', answer: false },
      {
        id: 'q4',
        type: 'ordering',
        prompt: 'Urutkan langkahnya',
        items: [
          { id: 's1', text: 'Dengarkan' },
          { id: 's2', text: 'Pastikan aman' },
          { id: 's3', text: 'Hubungi UPTD PPA' },
          { id: 's4', text: 'Dampingi' },
        ],
      },
      {
        id: 'q5',
        type: 'matching',
        prompt: 'Pasangkan',
        pairs: [
          { id: 'p1', left: 'UPTD PPA', right: 'pendampingan' },
          { id: 'p2', left: 'Unit PPA', right: 'laporan polisi' },
          { id: 'p3', left: 'Puskesmas', right: 'pemeriksaan kesehatan' },
        ],
      },
    ],
  };
}

export function regionPack(): RegionPack {
  return {
    schema: 'aman-pack/1',
    kind: 'region',
    id: 'kab-contoh',
    lang: 'id',
    version: '1.0.0',
    title: 'Kabupaten Contoh',
    lastVerified: '2026-01-31',
    contacts: [{ id: 'uptd', type: 'uptd-ppa', name: 'UPTD PPA Kabupaten Contoh', phone: '(0274) 123-456', whatsapp: '+62 812-3456-7890' }],
  };
}

/** A deep copy as loose JSON, for breaking on purpose. */
export function loose<T>(pack: T): any {
  return JSON.parse(JSON.stringify(pack));
}
