/**
 * One process per PGlite data folder. Two processes writing the same folder would corrupt it
 * (PGlite has no postmaster to stop them), so the first writes its process id to
 * `waymark.lock` in the folder and the second is refused with a plain message. A lock left by
 * a process that has since died is taken over.
 */
import { closeSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE_NAME = 'waymark.lock';

/** Folders this process holds, so a stale lock with our own pid (pid 1 in a container) is seen as stale. */
const heldHere = new Set<string>();

export class DataDirInUseError extends Error {
  constructor(
    readonly dir: string,
    readonly pid: number,
  ) {
    super(
      `The data folder ${dir} is already in use by another Waymark server (process ${pid}). ` +
        `Stop that server first, or set DATA_DIR to another folder. If no other Waymark server ` +
        `is running, delete ${join(dir, LOCK_FILE_NAME)} and try again.`,
    );
    this.name = 'DataDirInUseError';
  }
}

/**
 * A killed server whose parent died with it can stay a zombie (exited, not yet reaped) for a
 * while; it holds nothing. On Linux its state in /proc says so; elsewhere this is false.
 */
function isZombie(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !isZombie(pid);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readOwner(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

function isHeld(dir: string, pid: number | undefined): pid is number {
  if (pid === undefined) return false;
  if (pid === process.pid) return heldHere.has(dir);
  return isRunning(pid);
}

/** Takes the folder's lock (the folder must exist); returns the function that gives it back. */
export function lockDataDir(dir: string): () => void {
  const file = join(dir, LOCK_FILE_NAME);
  for (let attempt = 0; attempt < 3; attempt += 1) {
    try {
      const fd = openSync(file, 'wx');
      try {
        writeSync(fd, `${process.pid}\n`);
      } finally {
        closeSync(fd);
      }
      heldHere.add(dir);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        heldHere.delete(dir);
        try {
          unlinkSync(file);
        } catch {
          // Already gone: nothing to give back.
        }
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(file);
      if (isHeld(dir, owner)) throw new DataDirInUseError(dir, owner);
      try {
        unlinkSync(file);
      } catch {
        // Another process removed the stale lock first; try again.
      }
    }
  }
  throw new DataDirInUseError(dir, readOwner(file) ?? 0);
}
