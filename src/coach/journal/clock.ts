/**
 * The console's hybrid logical clock. Each open console is its own node ("coach." and random
 * hex), so two tabs of one coach never make equal timestamps; it moves past every record it
 * receives, so the coach's edits are ordered after what the coach has seen.
 */
import { createClock, type Clock, type Hlc } from '../../domain/hlc';

function randomNode(): string {
  const bytes = new Uint8Array(8);
  crypto.getRandomValues(bytes);
  return `coach.${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

const clock: Clock = createClock(randomNode());

export function tick(): Hlc {
  return clock.tick();
}

/** Moves the clock past a received timestamp; one from far in the future is ignored. */
export function seen(stamp: Hlc): void {
  try {
    clock.receive(stamp);
  } catch {
    // A clock more than a day ahead (a phone with a wrong date): do not follow it.
  }
}
