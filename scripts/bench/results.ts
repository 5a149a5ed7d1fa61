/** The shape of bench/results/latest.json: each part's figures, when and how they were taken. */
import type { BundleResults } from './bundle';
import type { LighthouseResults } from './lighthouse';
import type { LoadResult } from './load';
import type { MachineInfo } from './machine';
import type { SyncResults } from './sync';
import type { TypingResults } from './typing';

export const PARTS = ['bundle', 'pageload', 'typing', 'sync', 'load'] as const;
export type PartName = (typeof PARTS)[number];

export interface PartRecord<T> {
  /** When this part last ran (ISO time), whether with --quick, and how long it took. */
  at: string;
  quick: boolean;
  seconds: number;
  machine: MachineInfo;
  data: T;
}

export interface BenchResults {
  bundle?: PartRecord<BundleResults>;
  pageload?: PartRecord<LighthouseResults>;
  typing?: PartRecord<TypingResults>;
  sync?: PartRecord<SyncResults>;
  load?: PartRecord<LoadResult[]>;
}
