import type { SVGTemplateResult } from 'lit';
import type { IllustrationId } from '../../../core/illustrations.js';

/** Each drawing is its own lazy chunk: a lesson downloads only the ones its sections show. */
export const illustrations: Record<IllustrationId, () => Promise<{ default: SVGTemplateResult }>> = {
  'tubuh-pribadi': () => import('./tubuh-pribadi.js'),
  'sentuhan': () => import('./sentuhan.js'),
  'tolak-pergi-cerita': () => import('./tolak-pergi-cerita.js'),
  'rahasia-kejutan': () => import('./rahasia-kejutan.js'),
  'lingkaran-orang-dewasa': () => import('./lingkaran-orang-dewasa.js'),
  'bercerita': () => import('./bercerita.js'),
  'rumah': () => import('./rumah.js'),
  'sekolah': () => import('./sekolah.js'),
  'daring': () => import('./daring.js'),
  'teman': () => import('./teman.js'),
  'persetujuan': () => import('./persetujuan.js'),
};
