/**
 * Content-pack types. These mirror the JSON Schemas in `schemas/` (the single source of truth for what a
 * valid pack is); the fields named in DESIGN.md's "Pack format" are a public contract for outside authors.
 * Plain strings are plain text; strings documented as "inline markup" may use `*emphasis*` and
 * `[label](https://…)` links (http, https, tel, mailto only) and are never parsed as HTML.
 */

export type Lang = 'id' | 'en' | 'jv';
export const LANGS: readonly Lang[] = ['id', 'en', 'jv'];

/** The kinds are declared once, in schemas/kinds.json; the list is generated from it. */
export type { PackKind } from '../generated/kinds.js';
import type { PackKind } from '../generated/kinds.js';

/** Fields every pack has. */
export interface PackBase {
  schema: 'aman-pack/1';
  kind: PackKind;
  /** Stable id, lowercase letters, digits and dashes. */
  id: string;
  lang: Lang;
  /** Semantic version of the pack's content; stored progress is dropped when it changes. */
  version: string;
  title: string;
  description?: string;
}

/** An illustration; `alt` is required (empty alt is refused: every image in a lesson carries meaning). */
export interface PackImage {
  /** Relative to the pack's URL, or an https URL. */
  src: string;
  alt: string;
}

export interface QuestionBase {
  id: string;
  /** Inline markup. */
  prompt: string;
  /** Shown after the answer is checked, right or wrong. Inline markup. */
  explanation?: string;
  image?: PackImage;
  /** Weight of the question in the score; default 1. */
  points?: number;
}

export interface ChoiceOption {
  id: string;
  text: string;
  correct?: boolean;
  /** Shown beside this option once the answer is checked. Inline markup. */
  feedback?: string;
}

export interface SingleQuestion extends QuestionBase {
  type: 'single';
  options: ChoiceOption[];
}

export interface MultipleQuestion extends QuestionBase {
  type: 'multiple';
  options: ChoiceOption[];
}

export interface TrueFalseQuestion extends QuestionBase {
  type: 'true-false';
  answer: boolean;
  /** Feedback for the learner who chose true / false. Inline markup. */
  feedbackTrue?: string;
  feedbackFalse?: string;
}

export interface OrderingItem {
  id: string;
  text: string;
}

export interface OrderingQuestion extends QuestionBase {
  type: 'ordering';
  /** Listed in the correct order; shown shuffled. */
  items: OrderingItem[];
}

export interface MatchingPair {
  id: string;
  left: string;
  right: string;
}

export interface MatchingQuestion extends QuestionBase {
  type: 'matching';
  /** The correct pairs; right sides are shown shuffled. */
  pairs: MatchingPair[];
}

export type Question =
  | SingleQuestion
  | MultipleQuestion
  | TrueFalseQuestion
  | OrderingQuestion
  | MatchingQuestion;

export type QuestionType = Question['type'];

export interface QuizPack extends PackBase {
  kind: 'quiz';
  /** Fraction of the maximum score needed to pass, 0..1. */
  passMark: number;
  /** Who the quiz is for (free text, e.g. "umum", "petugas"). */
  audience?: string;
  questions: Question[];
}

/** A learner's answer, by question type. */
export type Answer =
  | { type: 'single'; optionId: string }
  | { type: 'multiple'; optionIds: string[] }
  | { type: 'true-false'; value: boolean }
  | { type: 'ordering'; itemIds: string[] }
  /** leftId → pair id whose right side the learner chose (pairs are matched by id). */
  | { type: 'matching'; matches: Record<string, string> };

export type ContactType =
  | 'uptd-ppa'
  | 'police-ppa'
  | 'health'
  | 'social'
  | 'education'
  | 'safe-house'
  | 'hotline'
  | 'ngo'
  | 'religious'
  | 'village'
  | 'other';

export interface RegionContact {
  id: string;
  type: ContactType;
  name: string;
  phone?: string;
  whatsapp?: string;
  address?: string;
  hours?: string;
  notes?: string;
  /** Optional web page (http/https). */
  url?: string;
}

export interface RegionPack extends PackBase {
  kind: 'region';
  /** ISO date (YYYY-MM-DD) the contacts were last checked. */
  lastVerified: string;
  /** Who checked them, or where they come from. */
  source?: string;
  contacts: RegionContact[];
  regulations?: { title: string; note?: string }[];
}

/** Who a report-guide text is written for: the same content twice, the child's in short, plain words. */
export type Audience = 'adult' | 'child';

/** A text of the report guide for each audience. Inline markup. */
export interface AudienceText {
  adult: string;
  child: string;
}

/** A titled text of the report guide (a step, a stage of the service path, a right, a do or don't). */
export interface ReportGuideItem {
  /** Required in sections; optional for steps and `stigma`, whose place names them. */
  id?: string;
  title?: AudienceText;
  text: AudienceText;
}

export interface ReportGuideSection {
  title: AudienceText;
  items: (ReportGuideItem & { id: string })[];
}

/** A yes / no / not-sure question; the answer choices the steps (see `src/core/report.ts`). */
export interface ReportYesNoQuestion {
  prompt: AudienceText;
  hint?: AudienceText;
  options: { yes: AudienceText; no: AudienceText; unsure: AudienceText };
}

/** Every step the guide can show. Which ones show, and in which order, is decided by `planSteps`. */
export type ReportStepId = 'emergency' | 'medical' | 'evidence' | 'trusted-adult' | 'school' | 'sapa' | 'local';

export interface ReportGuidePack extends PackBase {
  kind: 'report-guide';
  intro: AudienceText;
  questions: {
    /** Is the child in danger right now? */
    danger: ReportYesNoQuestion;
    /** Did it happen in the last 72 hours? */
    recent: ReportYesNoQuestion;
    /** Who is asking (adults only: a child reading the guide is the one asking). Plain strings. */
    role: { prompt: string; options: { parent: string; teacher: string; other: string } };
  };
  steps: Record<ReportStepId, ReportGuideItem & { title: AudienceText }>;
  /** What happens after a report: the service path, in order. */
  afterReport: ReportGuideSection;
  /** The child's rights. */
  rights: ReportGuideSection;
  dos: ReportGuideSection;
  donts: ReportGuideSection;
  /** Honest words about "aib keluarga" (family disgrace). */
  stigma: ReportGuideItem & { title: AudienceText };
}

/** Every pack kind that has a schema and validator (more are added as their elements arrive). */
export type Pack = QuizPack | RegionPack | ReportGuidePack;

/** One problem found in a pack: where (JSON path like `questions[2].options`) and what (an i18n key + values). */
export interface PackProblem {
  /** Path in the pack, e.g. `questions[2].options`; '' for the whole document. */
  path: string;
  /** Key under the `errors` namespace of the locales, e.g. `minItems`. */
  key: string;
  params?: Record<string, string | number>;
}
