// Vitest setup for the `unit` project: a real IndexedDB implementation in memory, fresh per file.
import 'fake-indexeddb/auto';
