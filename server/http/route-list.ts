/**
 * Remembers every route the app registers (method and URL pattern), so tests can check that
 * each API route appears in the permission table and none is forgotten.
 */
import type { FastifyInstance } from 'fastify';

export interface RouteEntry {
  method: string;
  url: string;
}

const routesByApp = new WeakMap<FastifyInstance, RouteEntry[]>();

/** Call before registering routes. */
export function collectRoutes(app: FastifyInstance): void {
  const routes: RouteEntry[] = [];
  routesByApp.set(app, routes);
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) routes.push({ method, url: route.url });
  });
}

export function registeredRoutes(app: FastifyInstance): readonly RouteEntry[] {
  return routesByApp.get(app) ?? [];
}
