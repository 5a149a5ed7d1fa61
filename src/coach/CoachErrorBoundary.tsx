/** Catches a crash in one console page so the header and the rest still work. */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, PageHeading } from '../ui';

function CoachCrash() {
  const { t } = useTranslation();
  return (
    <div className="page">
      <PageHeading focusOnMount>{t('common.crash.title')}</PageHeading>
      <p>{t('coach.crash.body')}</p>
      <Button onPress={() => window.location.reload()}>{t('common.crash.reload')}</Button>
    </div>
  );
}

export class CoachErrorBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('Coach console page crashed', error, info.componentStack);
  }

  override render(): ReactNode {
    return this.state.failed ? <CoachCrash /> : this.props.children;
  }
}
