/**
 * Feedback's pages: the start at /feedback (what it is about, and feedback already given), one
 * feedback at /feedback/<uuid> (the questions, or what was sent) and the thank-you page at
 * /feedback/<uuid>/sent. One lazy module for all three: each lazy page listed here costs the
 * first screen bytes (see features/journal/routes.ts).
 */
import { lazy } from 'react';
import type { FeatureRoutes } from '../../app/routes';

const FeedbackPages = lazy(() => import('./FeedbackPages'));

const ONE =
  /^\/feedback\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(\/sent)?$/i;

export const feedbackRoutes: FeatureRoutes = (pathname) => {
  if (pathname === '/feedback') return { Page: FeedbackPages, props: { view: 'start' } };
  const match = ONE.exec(pathname);
  return match
    ? {
        Page: FeedbackPages,
        props: { view: match[2] ? 'sent' : 'form', id: match[1]?.toLowerCase() },
      }
    : undefined;
};
