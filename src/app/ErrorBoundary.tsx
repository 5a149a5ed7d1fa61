/**
 * Catches a crash in one page so the header, "Need help now?" and the rest of the app still work,
 * and tells the person plainly that their saved work is safe.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { CrashMessage } from './pages/CrashMessage';

interface State {
  failed: boolean;
}

export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Waymark page crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <CrashMessage /> : this.props.children;
  }
}
