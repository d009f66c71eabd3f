/**
 * The illustrations the library ships for lessons (`section.illustration`): original, calm SVG drawings in
 * `src/elements/lesson/illustrations/<id>.ts`, each a lazy chunk, recoloured by the theme tokens, with a text
 * alternative per language in `locales/<lng>/illustrations.json`. A pack may name only these.
 */
export const ILLUSTRATIONS = [
  'tubuh-pribadi',
  'sentuhan',
  'tolak-pergi-cerita',
  'rahasia-kejutan',
  'lingkaran-orang-dewasa',
  'bercerita',
  'rumah',
  'sekolah',
  'daring',
  'teman',
  'persetujuan',
] as const;
export type IllustrationId = (typeof ILLUSTRATIONS)[number];
