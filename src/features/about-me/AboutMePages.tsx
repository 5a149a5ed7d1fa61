/** Every About Me page, loaded as one chunk when an About Me address is opened. */
import { WorkbookPages } from '../workbook/WorkbookPages';
import type { WorkbookRoute } from '../workbook/paths';
import { aboutMeFlow } from './flow';

export default function AboutMePages({ route }: { route: WorkbookRoute }) {
  return <WorkbookPages flow={aboutMeFlow} route={route} />;
}
