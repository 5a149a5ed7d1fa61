/**
 * The PIN lock's state for React (session.ts, which stays free of React for the service
 * worker): whether a PIN is set, and whether the app is locked. Re-renders on every change,
 * including one made in another tab.
 */
import { useSyncExternalStore } from 'react';
import { isLocked, lockVersion, onLockChange, pinIsSet } from './session';

export function useLockState(): { locked: boolean; pinSet: boolean } {
  useSyncExternalStore(onLockChange, lockVersion, lockVersion);
  return { locked: isLocked(), pinSet: pinIsSet() };
}
