/**
 * The workbook engine: one question per screen, autosaved, resumable, with Check your answers,
 * dated finished versions and a printable summary. About Me and My Values are built on it; any
 * technique whose record kind has status/completedAt/sharing can be (WorkbookKind).
 *
 * Use it in three steps:
 * 1. Describe the flow (flow.ts): `WorkbookFlow<K>` = { kind, taskId, basePath, answerFields,
 *    steps(record) }. A step is `{ key, kind: 'longText' | 'shortText', field, copy }`,
 *    `{ key, kind: 'choice', field, options(t), copy }` or `{ key, kind: 'custom', render(props),
 *    isAnswered(record), summary(t, record), copy }`. `copy(t, record)` returns { title, hint?,
 *    prompts? } (typed i18n keys). `key` appears in the address; `steps` may depend on the
 *    record (one screen per chosen value). A custom screen gets CustomStepProps: the record, its
 *    autosaver (`saver.update(fields)` on every change), its title and hint, the errors to show,
 *    and `setCheck(fn)` to register a check that Continue runs (errors go to the ErrorSummary).
 * 2. Route it (import ONLY ./paths in routes.ts, so the first bundle stays small):
 *      const Pages = lazy(() => import('./MyPages'));   // default export renders
 *      export const myRoutes: FeatureRoutes = (p) => {   //   <WorkbookPages flow route />
 *        const route = matchWorkbookPath(BASE, p);
 *        return route && { Page: Pages, props: { route } };
 *      };
 *    Addresses (paths.ts): BASE (start), BASE/<id>/questions/<step>, BASE/<id>/change/<step>,
 *    BASE/<id>/check, BASE/<id>/done, BASE/<id> (a finished version). Build them with
 *    `workbookPath.*`.
 * 3. Render `<WorkbookPages flow={flow} route={route} />`, or use the pieces on their own:
 *    WorkbookStartPage, WorkbookQuestionPage, WorkbookCheckPage, WorkbookVersionPage.
 *
 * Rules (pure, unit-tested): `resumeIndex(steps, record)` = first unanswered step after the last
 * answered one (steps.length = Check your answers); `splitVersions(records)` = { draft (newest
 * draft), done (newest first) }; `newDraftFields(flow, latestDone)` prefills a new draft;
 * `markDoneFields(now)` = { status: 'done', completedAt }; `versionDate(iso, monthNames(t))`
 * names a version "3 March" (pass monthNames(t), not a language: some browsers' Intl data has
 * no Welsh month names). Words live in locales/<lang>/workbook.json (buttons, captions, Check
 * your answers, versions, month names).
 */
export type { WorkbookRoute } from './paths';
export { matchWorkbookPath, workbookPath } from './paths';
export type {
  ChoiceStep,
  CustomStep,
  CustomStepProps,
  StepCopy,
  TextStep,
  Translate,
  WorkbookFlow,
  WorkbookKind,
  WorkbookRecord,
  WorkbookStep,
} from './flow';
export { isStepAnswered } from './flow';
export { neighbours, resumeIndex } from './progress';
export { markDoneFields, newDraftFields, splitVersions, type WorkbookVersions } from './versions';
export { MONTH_KEYS, monthNames, versionDate } from './dates';
export { summaryRows } from './summary';
export { PrintButton } from './PrintButton';
export { WorkbookPages } from './WorkbookPages';
export { WorkbookStartPage, resumePath } from './StartPage';
export { ANSWER_FIELD_ID, WorkbookQuestionPage } from './QuestionPage';
export { WorkbookCheckPage } from './CheckPage';
export { WorkbookVersionPage } from './VersionPage';
