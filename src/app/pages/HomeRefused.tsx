/**
 * Home: a note when the server kept its copy of something the person changed (an agreed
 * requirement they tried to hide or remove, or a part only their coach can change) and the
 * phone put it back as it was (src/sync/engine.ts). Plain and kind, never a telling-off: what
 * happened, why, a link to the item, and "Got it", which clears the note for good (its code,
 * which writes, loads only when pressed).
 */
import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/Button';
import { ButtonGroup } from '../../ui/ButtonGroup';
import { Link } from '../../ui/Link';
import type { RefusedNotice } from '../../data/homeData';

/** Where each kind of item is (paths written out: this screen has no bytes to spare). */
function hrefOf(notice: RefusedNotice): string | undefined {
  if (!notice.exists) return undefined;
  switch (notice.recordKind) {
    case 'action':
      return `/action-plan/action/${notice.recordId}`;
    case 'appointment':
      return `/appointments/${notice.recordId}`;
    case 'journalEntry':
      return '/messages';
    default:
      return undefined;
  }
}

function messageKey(notice: RefusedNotice) {
  if (notice.code === 'coachOnly') {
    if (notice.recordKind === 'action' && notice.text)
      return 'home.refused.coachOnlyAction' as const;
    if (notice.recordKind === 'appointment') return 'home.refused.coachOnlyAppointment' as const;
    return 'home.refused.coachOnly' as const;
  }
  if (notice.code === 'requirementDeleted') {
    return notice.text
      ? ('home.refused.requirementDeleted' as const)
      : ('home.refused.requirementDeletedNoText' as const);
  }
  return notice.text
    ? ('home.refused.requirementHidden' as const)
    : ('home.refused.requirementHiddenNoText' as const);
}

export function HomeRefused({
  notices,
  focusAfter,
}: {
  notices: readonly RefusedNotice[];
  /** Where focus goes once the note is cleared (the page's heading). */
  focusAfter: RefObject<HTMLHeadingElement | null>;
}) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <section className="refused-notice" aria-labelledby="refused-notice">
      <h2 id="refused-notice">{t('home.refused.heading')}</h2>
      <ul>
        {notices.map((notice) => {
          const href = hrefOf(notice);
          return (
            <li key={`${notice.recordKind}:${notice.recordId}`}>
              <p>{t(messageKey(notice), { text: notice.text })}</p>
              {href && (
                <Link href={href}>
                  {t(
                    notice.recordKind === 'action'
                      ? 'home.refused.see.action'
                      : notice.recordKind === 'appointment'
                        ? 'home.refused.see.appointment'
                        : 'home.refused.see.journalEntry',
                  )}
                </Link>
              )}
            </li>
          );
        })}
      </ul>
      <ButtonGroup>
        <Button
          variant="secondary"
          onPress={() => {
            focusAfter.current?.focus();
            void import('../../data/refusedChanges').then((m) => m.dismissRefusedChanges(notices));
          }}
        >
          {t('home.refused.gotIt')}
        </Button>
      </ButtonGroup>
    </section>
  );
}
