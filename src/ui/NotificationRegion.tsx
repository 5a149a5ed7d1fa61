/**
 * Notifications: NotificationProvider holds the current message, useNotify() shows or clears
 * it, and NotificationRegion (placed once in the layout) renders it. Messages go into a polite
 * live region (role="status"), or an assertive one (role="alert") for errors, and stay until
 * dismissed or replaced: there is no timer, so nobody has to read fast. The regions are always
 * in the page so screen readers notice the change.
 */
import { createContext, use, useMemo, useState, type ReactNode } from 'react';
import { Button } from './Button';
import './NotificationRegion.css';

export type NotificationTone = 'info' | 'success' | 'error';

export interface NotifyOptions {
  tone?: NotificationTone;
  /** Interrupt the screen reader (errors only); default is polite. */
  assertive?: boolean;
}

export interface Notifier {
  notify: (message: string, options?: NotifyOptions) => void;
  dismiss: () => void;
}

interface CurrentNotification {
  key: number;
  message: string;
  tone: NotificationTone;
  assertive: boolean;
}

const NotifierContext = createContext<Notifier | null>(null);
const CurrentContext = createContext<CurrentNotification | null>(null);

export function NotificationProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState<CurrentNotification | null>(null);
  const notifier = useMemo<Notifier>(
    () => ({
      notify: (message, options = {}) =>
        setCurrent((previous) => ({
          key: (previous?.key ?? 0) + 1,
          message,
          tone: options.tone ?? 'info',
          assertive: options.assertive ?? false,
        })),
      dismiss: () => setCurrent(null),
    }),
    [],
  );
  return (
    <NotifierContext value={notifier}>
      <CurrentContext value={current}>{children}</CurrentContext>
    </NotifierContext>
  );
}

/** Show (replacing any current message) or dismiss the app's notification. */
export function useNotify(): Notifier {
  const notifier = use(NotifierContext);
  if (!notifier) throw new Error('useNotify must be used inside <NotificationProvider>.');
  return notifier;
}

export interface NotificationRegionProps {
  /** Text of the button that clears the message, e.g. "Dismiss message". */
  dismissLabel: string;
}

export function NotificationRegion({ dismissLabel }: NotificationRegionProps) {
  const current = use(CurrentContext);
  const { dismiss } = useNotify();
  const polite = current && !current.assertive ? current : null;
  const assertive = current?.assertive ? current : null;
  return (
    <div
      className="notification"
      data-active={current ? true : undefined}
      data-tone={current?.tone}
      data-print="hide"
    >
      <div role="status" aria-live="polite" aria-atomic="true" className="notification__message">
        {polite ? <p key={polite.key}>{polite.message}</p> : null}
      </div>
      <div role="alert" aria-live="assertive" aria-atomic="true" className="notification__message">
        {assertive ? <p key={assertive.key}>{assertive.message}</p> : null}
      </div>
      {current ? (
        <Button variant="link" onPress={dismiss} className="notification__dismiss">
          {dismissLabel}
        </Button>
      ) : null}
    </div>
  );
}
