/**
 * Sign in with an email address and password. Empty fields and a refused sign-in show the
 * error summary (which takes focus); the server answers the same for an unknown email and a
 * wrong password, and so does this page. Password managers and paste work.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  Callout,
  ErrorSummary,
  PageHeading,
  TextField,
  type FieldErrorItem,
} from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { ApiProblem } from '../api';
import { signIn } from '../session';

export function SignInPage({ expired }: { expired: boolean }) {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  usePageTitle(t('coach.signIn.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrorItem[]>([]);
  const [busy, setBusy] = useState(false);

  const submit = async () => {
    if (busy) return;
    const found: FieldErrorItem[] = [];
    if (!email.trim())
      found.push({ fieldId: 'sign-in-email', message: t('coach.signIn.errors.emailMissing') });
    if (!password)
      found.push({
        fieldId: 'sign-in-password',
        message: t('coach.signIn.errors.passwordMissing'),
      });
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      await signIn(email.trim(), password);
    } catch (error) {
      const code = error instanceof ApiProblem ? error.code : 'error';
      const message =
        error instanceof ApiProblem && error.status === 401
          ? t('coach.signIn.errors.badCredentials')
          : error instanceof ApiProblem && error.status === 429
            ? t('coach.signIn.errors.tooMany')
            : code === 'offline'
              ? t('coach.errors.offline')
              : t('coach.errors.server');
      setErrors([{ fieldId: 'sign-in-email', message }]);
    } finally {
      setBusy(false);
    }
  };

  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  return (
    <div className="page coach-narrow">
      <PageHeading focusOnMount={navigations > 0}>{t('coach.signIn.title')}</PageHeading>
      {expired ? <Callout>{t('coach.signIn.expired')}</Callout> : null}
      <p className="lead">{t('coach.signIn.intro')}</p>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <ErrorSummary title={t('coach.errorTitle')} errors={errors} />
        <TextField
          id="sign-in-email"
          label={t('coach.signIn.email')}
          type="email"
          autoComplete="username"
          spellCheck="false"
          value={email}
          onChange={setEmail}
          errorMessage={errorFor('sign-in-email')}
        />
        <TextField
          id="sign-in-password"
          label={t('coach.signIn.password')}
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={setPassword}
          errorMessage={errorFor('sign-in-password')}
        />
        <ButtonGroup>
          <Button type="submit" isPending={busy}>
            {t('coach.signIn.submit')}
          </Button>
        </ButtonGroup>
      </form>
      <p className="hint-text">{t('coach.signIn.noAccount')}</p>
    </div>
  );
}
