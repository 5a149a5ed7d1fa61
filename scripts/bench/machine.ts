/** What machine the figures were taken on: CPU, cores, memory, Node and Chromium versions. */
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';

export interface MachineInfo {
  cpu: string;
  cores: number;
  ramGiB: number;
  node: string;
  chromium: string;
  date: string;
  loadAverageAtStart: number[];
}

export function chromiumVersion(path: string): string {
  try {
    return execFileSync(path, ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    })
      .trim()
      .replace(/\s+built on.*$/, '');
  } catch {
    return 'unknown';
  }
}

export function machineInfo(chromiumPath: string): MachineInfo {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    ramGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    chromium: chromiumVersion(chromiumPath),
    date: new Date().toISOString(),
    loadAverageAtStart: loadavg().map((n) => Math.round(n * 100) / 100),
  };
}
