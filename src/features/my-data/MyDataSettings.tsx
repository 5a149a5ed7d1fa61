/**
 * "Your information" on the settings page (issue 7): download everything on this phone as a
 * file (and see it all on one printable page, SummaryPage.tsx), restore from such a file (checked first, with a preview; nothing newer on this phone is
 * replaced), and delete everything on this phone (DeleteEverything.tsx: asked first; a connected
 * phone is disconnected, and may also ask the work coach service to delete what it holds).
 */
import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Button,
  ButtonGroup,
  ErrorSummary,
  Link,
  SummaryList,
  type FieldErrorItem,
} from '../../ui';
import { MY_INFORMATION_PATH } from './routes';
import {
  MAX_BACKUP_BYTES,
  RestoreError,
  backupFileName,
  exportBackup,
  parseBackup,
  previewRestore,
  restoreBackup,
  type Backup,
  type RestorePreview,
} from '../../data/backup';
import { DeleteEverything } from './DeleteEverything';
import './myData.css';

const FILE_FIELD = 'restore-file';

function download(text: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function MyDataSettings() {
  const { t } = useTranslation();
  const fileHint = useId();
  const [status, setStatus] = useState('');
  const [errors, setErrors] = useState<FieldErrorItem[]>([]);
  const [pending, setPending] = useState<{ backup: Backup; preview: RestorePreview }>();
  const [busy, setBusy] = useState(false);

  const onDownload = async () => {
    const backup = await exportBackup();
    download(JSON.stringify(backup, null, 2), backupFileName());
    setStatus(t('myData.download.done'));
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    setPending(undefined);
    setStatus('');
    if (!file) return;
    try {
      if (file.size > MAX_BACKUP_BYTES) throw new RestoreError('tooBig');
      const backup = parseBackup(await file.text());
      setErrors([]);
      setPending({ backup, preview: await previewRestore(backup) });
    } catch (error) {
      const problem = error instanceof RestoreError ? error.problem : 'damaged';
      setErrors([{ fieldId: FILE_FIELD, message: t(`myData.restore.errors.${problem}`) }]);
    } finally {
      event.target.value = '';
    }
  };

  const onRestore = async () => {
    if (!pending || busy) return;
    setBusy(true);
    try {
      const done = await restoreBackup(pending.backup);
      setPending(undefined);
      setStatus(t('myData.restore.done', { added: done.added, updated: done.updated }));
    } catch {
      setErrors([{ fieldId: FILE_FIELD, message: t('myData.restore.errors.failed') }]);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="my-data" aria-labelledby="my-data-heading">
      <h2 id="my-data-heading">{t('myData.title')}</h2>
      <p role="status" className="my-data__status">
        {status}
      </p>

      <h3>{t('myData.download.heading')}</h3>
      <p>{t('myData.download.body')}</p>
      <Button variant="secondary" onPress={() => void onDownload()}>
        {t('myData.download.button')}
      </Button>
      <p>
        <Link href={MY_INFORMATION_PATH}>{t('myData.summary.link')}</Link>
      </p>

      <h3>{t('myData.restore.heading')}</h3>
      <ErrorSummary title={t('myData.restore.errorTitle')} errors={errors} />
      <div className="field" data-invalid={errors.length > 0 || undefined}>
        <label className="field__label" htmlFor={FILE_FIELD}>
          {t('myData.restore.label')}
        </label>
        <p id={fileHint} className="field__hint">
          {t('myData.restore.hint')}
        </p>
        {errors[0] ? <p className="field__error">{errors[0].message}</p> : null}
        <input
          id={FILE_FIELD}
          className="my-data__file"
          type="file"
          accept="application/json,.json"
          aria-describedby={fileHint}
          onChange={(event) => void onFile(event)}
        />
      </div>
      {pending ? (
        <div className="my-data__preview">
          <h4>{t('myData.restore.previewHeading')}</h4>
          <SummaryList
            rows={[
              {
                key: 'added',
                label: t('myData.restore.added'),
                value: String(pending.preview.added),
              },
              {
                key: 'updated',
                label: t('myData.restore.updated'),
                value: String(pending.preview.updated),
              },
              {
                key: 'unchanged',
                label: t('myData.restore.unchanged'),
                value: String(pending.preview.unchanged),
              },
            ]}
          />
          <p>{t('myData.restore.safe')}</p>
          <ButtonGroup>
            <Button onPress={() => void onRestore()} isPending={busy}>
              {t('myData.restore.confirm')}
            </Button>
            <Button variant="secondary" onPress={() => setPending(undefined)}>
              {t('myData.restore.cancel')}
            </Button>
          </ButtonGroup>
        </div>
      ) : null}

      <DeleteEverything />
    </section>
  );
}
