/**
 * A workbook technique's addresses, as plain functions with no React, so a feature's routes.ts
 * can match paths in the first bundle while its pages load later. Every page after the start
 * page names the record it works on, so a technique with several records (goals) works too.
 *
 *   <base>                          start page
 *   <base>/<id>/questions/<step>    one question
 *   <base>/<id>/change/<step>       the same question, opened from Check your answers
 *   <base>/<id>/check               Check your answers
 *   <base>/<id>/done                "done" confirmation
 *   <base>/<id>                     a finished version, read-only and printable
 */
export type WorkbookRoute =
  | { page: 'start' }
  | { page: 'question'; id: string; step: string; change: boolean }
  | { page: 'check'; id: string }
  | { page: 'done'; id: string }
  | { page: 'version'; id: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const STEP = /^[a-z0-9-]{1,80}$/i;

/** The route for `pathname` under `basePath`, or undefined when it is not one of ours. */
export function matchWorkbookPath(basePath: string, pathname: string): WorkbookRoute | undefined {
  if (pathname === basePath) return { page: 'start' };
  if (!pathname.startsWith(`${basePath}/`)) return undefined;
  const parts = pathname.slice(basePath.length + 1).split('/');
  const [id, section, step] = parts;
  if (!id || !UUID.test(id)) return undefined;
  if (parts.length === 1) return { page: 'version', id };
  if (parts.length === 2 && section === 'check') return { page: 'check', id };
  if (parts.length === 2 && section === 'done') return { page: 'done', id };
  if (parts.length === 3 && (section === 'questions' || section === 'change') && step) {
    if (!STEP.test(step)) return undefined;
    return { page: 'question', id, step, change: section === 'change' };
  }
  return undefined;
}

/** Builds the addresses above. */
export const workbookPath = {
  start: (base: string) => base,
  question: (base: string, id: string, step: string) => `${base}/${id}/questions/${step}`,
  change: (base: string, id: string, step: string) => `${base}/${id}/change/${step}`,
  check: (base: string, id: string) => `${base}/${id}/check`,
  done: (base: string, id: string) => `${base}/${id}/done`,
  version: (base: string, id: string) => `${base}/${id}`,
};
