// Routes of the pairing feature: /pair (the coach's link adds ?code=…, see server/services/pairing.ts).
import { lazy } from 'react';
import type { FeatureRoutes } from '../../app/routes';

export const CONNECT_PATH = '/pair';
const ConnectPage = lazy(() => import('./ConnectPage'));

export const pairingRoutes: FeatureRoutes = (pathname) =>
  pathname === CONNECT_PATH ? { Page: ConnectPage } : undefined;
