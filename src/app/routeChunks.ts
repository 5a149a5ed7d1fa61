/**
 * Which page module each address opens, for the build (scripts/deep-link-preloads.ts): a deep
 * link's own page chunks are then fetched straight from the HTML, beside the app's first
 * chunks, instead of only once the app has loaded, run and asked for its page. On Slow 4G that
 * wait is a whole round of requests before the page can show.
 *
 * An address matches every entry whose `prefix` it starts with (the inline gate in
 * prerenderGate.ts does the matching, so it stays a plain prefix). `example` is an address of
 * that page: routeChunks.test.ts checks that the app's router (routes.tsx) opens `page` there,
 * so this list cannot drift from the routes. An address with no entry still works: its page
 * is fetched when the app asks for it, as before.
 */
export interface RouteChunk {
  /** The start of the addresses this page serves (matched as a plain prefix). */
  prefix: string;
  /** The page's module, from the project root, as the router loads it lazily. */
  page: string;
  /** An address the router opens this page at (for the test). */
  example: string;
}

export const ROUTE_CHUNKS: readonly RouteChunk[] = [
  {
    prefix: '/about-me',
    page: 'src/features/about-me/AboutMePages.tsx',
    example: '/about-me/0b9d4a2e-4c1f-4f7a-9a55-3f3c2d1e0a11/questions/enjoy',
  },
  {
    prefix: '/my-values',
    page: 'src/features/my-values/MyValuesPages.tsx',
    example: '/my-values',
  },
  {
    prefix: '/my-4-steps',
    page: 'src/features/four-steps/FourStepsPages.tsx',
    example: '/my-4-steps',
  },
  {
    prefix: '/action-plan',
    page: 'src/features/action-plan/ActionPlanPage.tsx',
    example: '/action-plan',
  },
  {
    prefix: '/action-plan/action/',
    page: 'src/features/action-plan/ActionEditPage.tsx',
    example: '/action-plan/action/0b9d4a2e-4c1f-4f7a-9a55-3f3c2d1e0a11',
  },
  {
    prefix: '/check-ins/progress',
    page: 'src/features/check-in/ProgressPage.tsx',
    example: '/check-ins/progress',
  },
  {
    prefix: '/check-ins/summary',
    page: 'src/features/check-in/SummaryPage.tsx',
    example: '/check-ins/summary',
  },
  { prefix: '/feedback', page: 'src/features/feedback/FeedbackPages.tsx', example: '/feedback' },
  { prefix: '/messages', page: 'src/features/journal/JournalPage.ts', example: '/messages' },
  {
    prefix: '/appointments',
    page: 'src/features/journal/JournalPage.ts',
    example: '/appointments',
  },
  {
    prefix: '/my-information',
    page: 'src/features/my-data/SummaryPage.tsx',
    example: '/my-information',
  },
  {
    prefix: '/changes-to-check',
    page: 'src/features/changes/ChangesToCheckPage.tsx',
    example: '/changes-to-check',
  },
  { prefix: '/pair', page: 'src/features/pairing/ConnectPage.tsx', example: '/pair' },
  { prefix: '/settings', page: 'src/features/settings/SettingsPage.tsx', example: '/settings' },
  { prefix: '/help', page: 'src/features/help/NeedHelpPage.tsx', example: '/help' },
];
