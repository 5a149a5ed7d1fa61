/** Every My Values page, loaded as one chunk when a My Values address is opened. */
import { WorkbookPages } from '../workbook/WorkbookPages';
import type { WorkbookRoute } from '../workbook/paths';
import { myValuesFlow } from './flow';

export default function MyValuesPages({ route }: { route: WorkbookRoute }) {
  return <WorkbookPages flow={myValuesFlow} route={route} />;
}
