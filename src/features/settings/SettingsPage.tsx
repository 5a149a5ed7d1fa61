/**
 * Settings: language, text size, and "Keep my data on this phone" (persistent storage), with
 * how much space Waymark uses, in plain words; appointment reminders (a notification too, where
 * the phone allows); "Lock Waymark with a PIN" (PinSettings.tsx); the connection to a work
 * coach; and "Your information" (download, restore, delete).
 */
import { useTranslation } from 'react-i18next';
import { PageHeading, Radio, RadioGroup } from '../../ui';
import { changeLanguage } from '../../i18n/i18n';
import { LANGUAGES, isLanguage, type Language } from '../../i18n/languages';
import { TEXT_SIZES, setTextSize, useTextSize, type TextSize } from '../../app/textSize';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { StorageSettings } from './StorageSettings';
import { CoachConnectionSummary } from '../pairing/CoachConnectionSummary';
import { MyDataSettings } from '../my-data/MyDataSettings';
import { ReminderSettings } from './ReminderSettings';
import { PinSettings } from './PinSettings';

export default function SettingsPage() {
  const { t, i18n } = useTranslation();
  const { navigations } = useNavigation();
  const textSize = useTextSize();
  usePageTitle(t('settings.title'));
  return (
    <div className="page">
      <PageHeading focusOnMount={navigations > 0}>{t('settings.title')}</PageHeading>
      <p className="lead">{t('settings.intro')}</p>
      <RadioGroup
        label={t('settings.language.legend')}
        hint={t('settings.language.hint')}
        value={i18n.language}
        onChange={(value) => {
          if (isLanguage(value)) void changeLanguage(i18n, value);
        }}
      >
        {LANGUAGES.map((language: Language) => (
          <Radio key={language} value={language}>
            <span lang={language}>{t(`common.language.${language}`, { lng: language })}</span>
          </Radio>
        ))}
      </RadioGroup>
      <RadioGroup
        label={t('settings.textSize.legend')}
        hint={t('settings.textSize.hint')}
        value={textSize}
        onChange={(value) => setTextSize(value as TextSize)}
      >
        {TEXT_SIZES.map((size) => (
          <Radio key={size} value={size}>
            {t(`settings.textSize.${size}`)}
          </Radio>
        ))}
      </RadioGroup>
      <StorageSettings />
      <ReminderSettings
        onTurnedOn={() =>
          void import('../appointments/reminderWatch').then((m) => m.startReminderWatch(i18n))
        }
      />
      <PinSettings />
      <CoachConnectionSummary />
      <MyDataSettings />
    </div>
  );
}
