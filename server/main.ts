/**
 * Waymark's entry point (`tsx server/main.ts`, as npm start and npm run serve run it): the
 * settings from the environment, the database and its migrations, the app, listen, and a clean
 * stop on SIGINT/SIGTERM. All of it is server/start.ts.
 */
import { startServer } from './start';

await startServer();
