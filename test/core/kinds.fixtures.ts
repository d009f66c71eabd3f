// Typed fixtures: one valid pack of every kind that has a schema, written against the TypeScript types, so that the
// type checker proves the types accept them and test/core/kinds.test.ts proves the schemas do (types and schemas
// agree). Each uses every optional field of its kind at least once. Tests change copies (see `loose`).
import type {
  AudienceText,
  CollaborationCheckPack,
  LessonPack,
  Pack,
  PackKind,
  ProcedureTrainingPack,
  ReportGuidePack,
  StigmaPack,
} from '../../src/core/types.js';
import { quizPack, regionPack } from './fixtures.js';

export function lessonPack(): LessonPack {
  return {
    schema: 'aman-pack/1',
    kind: 'lesson',
    id: 'tubuhku-milikku',
    lang: 'id',
    version: '1.0.0',
    title: 'Tubuhku milikku',
    description: 'Pelajaran untuk kelas 1–3.',
    ageBand: '6-9',
    durationMinutes: 35,
    summary: 'Bagian tubuh pribadi, sentuhan aman dan tidak aman, dan kepada siapa bercerita.',
    sections: [
      {
        id: 's1',
        title: 'Bagian tubuh pribadi',
        text: 'Bagian tubuh yang tertutup pakaian renang adalah *milikmu*.',
        discussion: 'Siapa orang dewasa yang kamu percaya?',
        teacherNotes: 'Gunakan nama bagian tubuh yang benar.',
        warning: 'Bagian ini membahas sentuhan yang tidak aman.',
        illustration: 'tubuh-pribadi',
      },
      {
        id: 's2',
        title: 'Bercerita',
        text: 'Kalau ada yang membuatmu tidak nyaman, ceritakan.',
        checkpoint: [
          { id: 'c1', type: 'true-false', prompt: 'Aku boleh berkata tidak.', answer: true, explanation: 'Tubuhmu milikmu.' },
          {
            id: 'c2',
            type: 'single',
            scored: false,
            prompt: 'Kepada siapa kamu akan bercerita?',
            options: [
              { id: 'a', text: 'Orang tua', feedback: 'Pilihan yang baik.' },
              { id: 'b', text: 'Guru', feedback: 'Pilihan yang baik juga.' },
            ],
          },
          {
            id: 'c3',
            type: 'multiple',
            scored: true,
            points: 2,
            prompt: 'Mana yang termasuk sentuhan tidak aman?',
            image: { src: 'img/sentuhan.png', alt: 'Dua anak dan seorang dewasa' },
            options: [
              { id: 'a', text: 'Menyentuh area pribadi lalu meminta rahasia', correct: true },
              { id: 'b', text: 'Tos setelah bermain' },
            ],
          },
          { id: 'c4', type: 'ordering', prompt: 'Urutkan', items: [{ id: 'i1', text: 'Tolak' }, { id: 'i2', text: 'Pergi' }] },
          {
            id: 'c5',
            type: 'matching',
            prompt: 'Pasangkan',
            pairs: [
              { id: 'p1', left: 'Guru', right: 'sekolah' },
              { id: 'p2', left: 'Orang tua', right: 'rumah' },
            ],
          },
        ],
      },
    ],
  };
}

export function stigmaPack(): StigmaPack {
  return {
    schema: 'aman-pack/1',
    kind: 'stigma',
    id: 'dukung-bukan-stigma',
    lang: 'id',
    version: '1.0.0',
    title: 'Dukung, bukan stigma',
    description: 'Untuk guru dan tokoh masyarakat.',
    attitudeCheck: {
      scale: ['Sangat tidak setuju', 'Tidak setuju', 'Ragu-ragu', 'Setuju', 'Sangat setuju'],
      items: [
        { id: 'a1', statement: 'Anak yang mengalami kekerasan ikut bersalah.', supportive: 'disagree' },
        { id: 'a2', statement: 'Anak yang bercerita perlu dipercaya.', supportive: 'agree' },
      ],
    },
    myths: [{ id: 'm1', myth: 'Pelaku biasanya orang asing.', fact: 'Kebanyakan pelaku dikenal anak.' }],
    scenarios: [
      {
        id: 'r1',
        title: 'Di ruang guru',
        situation: 'Seorang rekan berkata kasus ini aib sekolah.',
        options: [
          { id: 'a', text: 'Yang penting anak aman dan didampingi.', supportive: true, feedback: 'Tepat.' },
          { id: 'b', text: 'Sebaiknya ditutupi saja.', supportive: false },
        ],
      },
    ],
    language: [
      { id: 'w1', avoid: 'korban yang ternoda', use: 'anak yang mengalami kekerasan', why: 'Kata pertama menyalahkan anak.' },
      { id: 'w2', avoid: 'aib', use: 'kekerasan' },
    ],
  };
}

export function procedureTrainingPack(): ProcedureTrainingPack {
  return {
    schema: 'aman-pack/1',
    kind: 'procedure-training',
    id: 'kasus-sekolah',
    lang: 'id',
    version: '1.0.0',
    title: 'Kasus di sekolah',
    description: 'Seorang murid bercerita kepada guru BK.',
    passMark: 0.7,
    competencies: [
      { id: 'consent', title: 'Persetujuan anak' },
      { id: 'handoff', title: 'Rujukan' },
    ],
    roles: [
      { id: 'guru-bk', title: 'Guru BK', agency: 'education', start: 'g1' },
      { id: 'uptd', title: 'Petugas UPTD PPA', agency: 'uptd-ppa', start: 'u1' },
    ],
    scenes: [
      {
        id: 'g1',
        text: 'Seorang murid bercerita.',
        choices: [
          { id: 'a', text: 'Dengarkan dan percayai', next: 'g2', feedback: 'Tepat.', scores: { consent: 2, handoff: 1 } },
          { id: 'b', text: 'Tanya ulang di depan kelas', next: 'g1', feedback: 'Jangan.', scores: { consent: -1 } },
        ],
      },
      {
        id: 'u1',
        text: 'Rujukan dari sekolah masuk.',
        choices: [
          { id: 'a', text: 'Hubungi keluarga', next: 'g2', scores: { handoff: 2 } },
          { id: 'b', text: 'Tunggu', next: 'g2' },
        ],
      },
      { id: 'g2', text: 'Anak didampingi.', end: true },
    ],
  };
}

export function collaborationCheckPack(): CollaborationCheckPack {
  return {
    schema: 'aman-pack/1',
    kind: 'collaboration-check',
    id: 'forum-ppa',
    lang: 'id',
    version: '1.0.0',
    title: 'Cek kolaborasi forum PPA',
    description: 'Untuk anggota forum.',
    scale: ['Sangat tidak setuju', 'Tidak setuju', 'Ragu-ragu', 'Setuju', 'Sangat setuju'],
    dimensions: [
      { id: 'principled-engagement', title: 'Keterlibatan', recommendation: 'Adakan pertemuan rutin.' },
      { id: 'shared-motivation', title: 'Motivasi bersama', recommendation: 'Sepakati tujuan bersama.' },
    ],
    items: [
      { id: 'i1', dimension: 'principled-engagement', statement: 'Semua lembaga hadir di rapat kasus.' },
      { id: 'i2', dimension: 'shared-motivation', statement: 'Kami saling percaya.' },
    ],
  };
}

const both = (s: string): AudienceText => ({ adult: s, child: s });
const item = (id: string) => ({ id, title: both(id), text: both(`Teks ${id}`) });
const yesNo = (prompt: string) => ({
  prompt: both(prompt),
  hint: both('Petunjuk'),
  options: { yes: both('Ya'), no: both('Tidak'), unsure: both('Tidak yakin') },
});

export function reportGuidePack(): ReportGuidePack {
  return {
    schema: 'aman-pack/1',
    kind: 'report-guide',
    id: 'lapor',
    lang: 'id',
    version: '1.0.0',
    title: 'Cara melapor',
    description: 'Panduan singkat.',
    intro: both('Kamu tidak sendirian.'),
    questions: {
      danger: yesNo('Apakah anak dalam bahaya sekarang?'),
      recent: yesNo('Apakah terjadi dalam 72 jam terakhir?'),
      role: { prompt: 'Anda siapa?', options: { parent: 'Orang tua', teacher: 'Guru', other: 'Lainnya' } },
    },
    steps: {
      emergency: item('emergency'),
      medical: item('medical'),
      evidence: item('evidence'),
      'trusted-adult': item('trusted-adult'),
      school: item('school'),
      sapa: item('sapa'),
      local: item('local'),
    },
    afterReport: { title: both('Setelah melapor'), items: [item('a1')] },
    rights: { title: both('Hak anak'), items: [item('r1')] },
    dos: { title: both('Lakukan'), items: [item('d1')] },
    donts: { title: both('Jangan'), items: [item('n1')] },
    stigma: { title: both('Bukan aib'), text: both('Kekerasan bukan aib keluarga.') },
  };
}

/** A fresh valid pack of each kind with a schema, typed by kind (the type checker enforces the match). */
export const TYPED_FIXTURES: { [K in PackKind]?: () => Extract<Pack, { kind: K }> } = {
  quiz: quizPack,
  lesson: lessonPack,
  'report-guide': reportGuidePack,
  stigma: stigmaPack,
  'procedure-training': procedureTrainingPack,
  'collaboration-check': collaborationCheckPack,
  region: regionPack,
};
