/** A small About-Me-like flow and record maker for the engine's unit tests. */
import type { WorkbookFlow, WorkbookRecord } from './flow';

export const testFlow: WorkbookFlow<'aboutMe'> = {
  kind: 'aboutMe',
  taskId: 'aboutMe',
  basePath: '/about-me',
  answerFields: ['enjoy', 'goodAt', 'proudOf'],
  steps: () =>
    (['enjoy', 'goodAt', 'proudOf'] as const).map((field) => ({
      key: field.toLowerCase(),
      kind: 'longText' as const,
      field,
      copy: () => ({ title: field }),
    })),
};

let n = 0;
export function aboutMe(
  fields: Partial<WorkbookRecord<'aboutMe'>> = {},
): WorkbookRecord<'aboutMe'> {
  n += 1;
  return {
    id: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
    created: '2026-03-01T10:00:00.000Z',
    updated: '',
    deleted: false,
    fieldClocks: {},
    sharing: 'private',
    status: 'draft',
    ...fields,
  };
}
