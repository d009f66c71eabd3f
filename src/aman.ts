/**
 * Aman: every element, registered. Pages that need only one element load `dist/elements/<tag>.js` instead.
 */
export { AmanQuiz } from './elements/quiz/define.js';
export { AmanLesson } from './elements/lesson/define.js';
export { AmanReportGuide } from './elements/report-guide/define.js';
export { AmanHelpCard } from './elements/help-card/define.js';
export { AmanQuickExit } from './elements/quick-exit/define.js';
export { AmanPresenter } from './elements/presenter/define.js';
export { AmanOffline } from './elements/offline/define.js';
export { AmanStigmaModule } from './elements/stigma-module/define.js';
export { AmanProcedureTraining } from './elements/procedure-training/define.js';
export { AmanCollaborationCheck } from './elements/collaboration-check/define.js';
export { AmanMonitoring } from './elements/monitoring/define.js';
export { setAssetBase } from './shared/assets.js';
export { registerBuiltInPack } from './shared/pack.js';
export { registerLocale } from './shared/i18n.js';
export { deviceStore } from './shared/storage.js';
export type * from './core/types.js';
export type * from './shared/events.js';
