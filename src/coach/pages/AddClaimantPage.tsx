/**
 * Add a claimant: a label the coach will recognise (a pseudonym; no National Insurance number
 * needed or wanted), then the pairing code, link and QR code to give them. Nothing is sent to
 * the claimant: the coach hands the code over in person, by phone or in a letter.
 */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Link,
  PageHeading,
  TextField,
  type FieldErrorItem,
} from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { api } from '../api';
import { PairingPanel } from '../PairingPanel';
import { problemMessage } from '../problems';
import { COACH_HOME, claimantPath } from '../routes';
import type { CaseloadClaimant, Pairing } from '../types';

export const LABEL_MAX = 100;

export function AddClaimantPage() {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  usePageTitle(t('coach.add.title'));
  const [label, setLabel] = useState('');
  const [errors, setErrors] = useState<FieldErrorItem[]>([]);
  const [busy, setBusy] = useState(false);
  const [created, setCreated] = useState<{
    claimant: Pick<CaseloadClaimant, 'id' | 'label'>;
    pairing: Pairing;
  }>();

  const submit = async () => {
    if (busy) return;
    const trimmed = label.trim();
    const found: FieldErrorItem[] = [];
    if (!trimmed)
      found.push({ fieldId: 'claimant-label', message: t('coach.add.errors.labelMissing') });
    else if (trimmed.length > LABEL_MAX)
      found.push({
        fieldId: 'claimant-label',
        message: t('coach.add.errors.labelTooLong', { max: LABEL_MAX }),
      });
    setErrors(found);
    if (found.length > 0) return;
    setBusy(true);
    try {
      const answer = await api<{ claimant: CaseloadClaimant; pairing: Pairing }>(
        'POST',
        '/api/coach/claimants',
        { label: trimmed },
      );
      setCreated(answer);
    } catch (error) {
      setErrors([{ fieldId: 'claimant-label', message: problemMessage(t, error) }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="page">
      <p>
        <Link href={COACH_HOME} variant="back">
          {t('coach.caseload.title')}
        </Link>
      </p>
      <PageHeading focusOnMount={navigations > 0}>{t('coach.add.title')}</PageHeading>
      {created ? (
        <div>
          <PairingPanel pairing={created.pairing} label={created.claimant.label} focusOnMount />
          <ButtonGroup>
            <Link href={claimantPath(created.claimant.id)} variant="button">
              {t('coach.add.openJournal', { label: created.claimant.label })}
            </Link>
            <Link href={COACH_HOME} variant="button" buttonVariant="secondary">
              {t('coach.add.backToCaseload')}
            </Link>
          </ButtonGroup>
        </div>
      ) : (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <ErrorSummary title={t('coach.errorTitle')} errors={errors} />
          <p>{t('coach.add.intro')}</p>
          <TextField
            id="claimant-label"
            label={t('coach.add.label')}
            hint={t('coach.add.labelHint')}
            value={label}
            onChange={setLabel}
            autoComplete="off"
            errorMessage={errors.find((e) => e.fieldId === 'claimant-label')?.message}
          />
          <ButtonGroup>
            <Button type="submit" isPending={busy}>
              {t('coach.add.submit')}
            </Button>
          </ButtonGroup>
        </form>
      )}
    </div>
  );
}
