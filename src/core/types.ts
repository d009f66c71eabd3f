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
export type ReportStepId = 'emergency' | 'medical' | 'checkup' | 'evidence' | 'trusted-adult' | 'school' | 'sapa' | 'local';

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
  /** Every step but `checkup` is required (`checkup` came later: a pack without it simply does not show it). */
  steps: Record<Exclude<ReportStepId, 'checkup'>, ReportGuideItem & { title: AudienceText }> & {
    checkup?: ReportGuideItem & { title: AudienceText };
  };
  /** What happens after a report: the service path, in order. */
  afterReport: ReportGuideSection;
  /** The child's rights. */
  rights: ReportGuideSection;
  dos: ReportGuideSection;
  donts: ReportGuideSection;
  /** Honest words about "aib keluarga" (family disgrace). */
  stigma: ReportGuideItem & { title: AudienceText };
}

/** Age of the learners a lesson is written for, in years. */
export type AgeBand = '6-9' | '10-12' | '13-17';

/** A checkpoint question: the same fields as a quiz question, plus `scored`. */
export type CheckpointQuestion = Question & {
  /** false: a reflection, whose feedback is never "wrong" and which does not count (no correct option needed). */
  scored?: boolean;
};

export interface LessonSection {
  /** Unique in the lesson. */
  id: string;
  /** Plain text. */
  title: string;
  /** The section's text. Inline markup. */
  text: string;
  /** Shown before the section, with a choice to skip it. */
  warning?: string;
  /** For the teacher; hidden from learners by default. */
  teacherNotes?: string;
  /** A prompt for the class to talk about. */
  discussion?: string;
  /** Id of an illustration from the set the library ships (lowercase letters, digits and dashes). */
  illustration?: string;
  /** Questions at the end of the section; ids are unique in the whole lesson. */
  checkpoint?: CheckpointQuestion[];
}

export interface LessonPack extends PackBase {
  kind: 'lesson';
  /** Age of the learners, in years. */
  ageBand: AgeBand;
  /** About how long the lesson takes in class, in minutes. */
  durationMinutes?: number;
  /** What the lesson is about, for the teacher choosing it. */
  summary?: string;
  /** What the pupils will know or be able to do (the lesson plan lists them). */
  objectives?: string[];
  /** What the teacher prepares before the lesson. */
  prepare?: string[];
  /** Fraction of the scored checkpoints' points needed to pass; default 0.7. */
  passMark?: number;
  /** Where the facts come from, for reviewers. */
  sources?: string[];
  /** Read in order. */
  sections: LessonSection[];
}

/** The five answer labels of a rating scale, from the lowest ("strongly disagree") to the highest. */
export type Scale5 = [string, string, string, string, string];

export interface AttitudeItem {
  /** Unique among its siblings; letters, digits, - and _. */
  id: string;
  /** The statement the learner agrees or disagrees with. */
  statement: string;
  /** Which end of the scale is the non-stigmatising answer to this statement. */
  supportive: 'agree' | 'disagree';
}

export interface Myth {
  /** Unique among its siblings; letters, digits, - and _. */
  id: string;
  /** What people wrongly believe. */
  myth: string;
  /** What is true instead. Inline markup. */
  fact: string;
}

export interface StigmaOption {
  /** Unique among its siblings; letters, digits, - and _. */
  id: string;
  /** What the learner would say or do. */
  text: string;
  /** Whether this answer supports the child (rather than blames or shames). */
  supportive: boolean;
  /** Shown once the option is chosen. Inline markup. */
  feedback?: string;
}

export interface StigmaScenario {
  /** Unique among its siblings; letters, digits, - and _. */
  id: string;
  /** Plain text. */
  title: string;
  /** What happened, told to the learner. Inline markup. */
  situation: string;
  /** Who the learner is in it ("You are the head of the RT."), shown above the situation. */
  role?: string;
  /** Two or more answers, at least one supportive. */
  options: StigmaOption[];
}

export interface LanguageTip {
  /** Unique among its siblings; letters, digits, - and _. */
  id: string;
  /** Words that blame or shame. */
  avoid: string;
  /** Words to use instead. */
  use: string;
  /** Why the first words hurt. Inline markup. */
  why?: string;
}

export interface StigmaPack extends PackBase {
  kind: 'stigma';
  /** Where the facts come from, for authors and reviewers; never shown. */
  sources?: string[];
  /** An anonymous attitude check, answered on the five-point scale. */
  attitudeCheck: {
    /** The five answer labels, from "strongly disagree" to "strongly agree". */
    scale: Scale5;
    /** The statements. */
    items: AttitudeItem[];
  };
  /** Myths and the facts that answer them. */
  myths: Myth[];
  /** Situations with supportive and stigmatising answers. */
  scenarios: StigmaScenario[];
  /** Words to avoid and words to use instead. */
  language: LanguageTip[];
}

export interface Competency {
  /** Named in the choices' `scores`. */
  id: string;
  /** Plain text. */
  title: string;
}

export interface TrainingRole {
  /** Unique among its siblings; letters, digits, - and _. */
  id: string;
  /** Plain text, e.g. "Guru BK". */
  title: string;
  /** The agency the role works for, as a region contact type. */
  agency: ContactType;
  /** Id of the scene this role starts at. */
  start: string;
}

export interface TrainingChoice {
  /** Unique in its scene. */
  id: string;
  /** What the learner decides. */
  text: string;
  /** Id of the scene this choice leads to. */
  next: string;
  /** Shown once the choice is made. Inline markup. */
  feedback?: string;
  /** Points per competency id (negative allowed); a competency left out scores 0. */
  scores?: Record<string, number>;
}

export interface TrainingScene {
  /** Unique among its siblings; letters, digits, - and _. */
  id: string;
  /** What happens in the scene. Inline markup. */
  text: string;
  /** The agency that owns this step (shown with the feedback); left out: the agency of the role being played. */
  agency?: ContactType;
  /** true: the case ends here and the scene has no choices. */
  end?: boolean;
  /** Two or more, on a scene that does not end the case. */
  choices?: TrainingChoice[];
}

export interface ProcedureTrainingPack extends PackBase {
  kind: 'procedure-training';
  /** Fraction of the most points the decisions on the path could earn needed to pass, 0..1. */
  passMark: number;
  /** Where the facts in the case come from, for authors and reviewers; not shown. */
  sources?: string[];
  /** What the decisions are scored on. */
  competencies: Competency[];
  /** Who the learner can play; each role starts at its own scene. */
  roles: TrainingRole[];
  /** The case as a graph of scenes; every scene can be reached and can reach an end. */
  scenes: TrainingScene[];
}

export interface CollaborationDimension {
  /** Unique among its siblings; letters, digits, - and _. */
  id: string;
  /** Plain text. */
  title: string;
  /** Advice shown with this dimension's result. */
  recommendation: string;
}

export interface CollaborationItem {
  /** Unique among its siblings; letters, digits, - and _. */
  id: string;
  /** Id of the dimension the statement measures. */
  dimension: string;
  /** The statement members rate from 1 to 5. */
  statement: string;
}

export interface CollaborationCheckPack extends PackBase {
  kind: 'collaboration-check';
  /** Shown under the title before the first statement. */
  description?: string;
  /** Where the statements and recommendations come from; not shown to members. */
  sources?: string[];
  /** The five answer labels, for 1 to 5. */
  scale: Scale5;
  /** What the results are given for; each has at least one item. */
  dimensions: CollaborationDimension[];
  /** The statements to rate. */
  items: CollaborationItem[];
}

/** Every pack kind that has a schema and validator. */
export type Pack =
  | QuizPack
  | LessonPack
  | ReportGuidePack
  | StigmaPack
  | ProcedureTrainingPack
  | CollaborationCheckPack
  | RegionPack;

/** One problem found in a pack: where (JSON path like `questions[2].options`) and what (an i18n key + values). */
export interface PackProblem {
  /** Path in the pack, e.g. `questions[2].options`; '' for the whole document. */
  path: string;
  /** Key under the `errors` namespace of the locales, e.g. `minItems`. */
  key: string;
  params?: Record<string, string | number>;
}
