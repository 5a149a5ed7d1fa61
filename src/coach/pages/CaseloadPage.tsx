/**
 * The coach's caseload: each claimant's label (a link to their journal), when they were last
 * active, what is new since the coach last looked, and whether a phone is connected. A list of
 * cards rather than a table, so it reads the same at 320 px and at 200% zoom. A claimant whose
 * data was deleted at their request shows only that, with the date.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Callout, Link, PageHeading, Tag } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { api } from '../api';
import { useCoachDates } from '../format';
import { ADD_CLAIMANT_PATH, COACH_REPORT_PATH, claimantPath } from '../routes';
import type { CaseloadClaimant } from '../types';
import { problemMessage } from '../problems';

export function CaseloadPage() {
  const { t } = useTranslation();
  const { navigations } = useNavigation();
  const dates = useCoachDates();
  usePageTitle(t('coach.caseload.title'));
  const [claimants, setClaimants] = useState<CaseloadClaimant[]>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    let current = true;
    api<{ claimants: CaseloadClaimant[] }>('GET', '/api/coach/claimants').then(
      (answer) => {
        if (current) setClaimants(answer.claimants);
      },
      (error: unknown) => {
        if (current) setFailure(problemMessage(t, error));
      },
    );
    return () => {
      current = false;
    };
  }, [t]);

  return (
    <div className="page">
      <PageHeading focusOnMount={navigations > 0}>{t('coach.caseload.title')}</PageHeading>
      <p>
        <Link href={ADD_CLAIMANT_PATH} variant="button">
          {t('coach.caseload.add')}
        </Link>
      </p>
      <p>
        <Link href={COACH_REPORT_PATH}>{t('coach.report.link')}</Link> {t('coach.report.linkHint')}
      </p>
      {failure ? (
        <Callout variant="warning">{failure}</Callout>
      ) : claimants === undefined ? (
        <p aria-busy="true">{t('coach.loading')}</p>
      ) : claimants.length === 0 ? (
        <p className="lead">{t('coach.caseload.empty')}</p>
      ) : (
        <>
          <p>{t('coach.caseload.count', { count: claimants.length })}</p>
          <ul className="caseload">
            {claimants.map((claimant) =>
              claimant.deleted ? (
                <li key={claimant.id} className="caseload__item">
                  <h2 className="caseload__name">
                    <Link href={claimantPath(claimant.id)}>{claimant.label}</Link>
                  </h2>
                  <p>{t('coach.caseload.deleted', { date: dates.date(claimant.deleted.at) })}</p>
                </li>
              ) : (
                <li key={claimant.id} className="caseload__item">
                  <h2 className="caseload__name">
                    <Link href={claimantPath(claimant.id)}>{claimant.label}</Link>
                  </h2>
                  {claimant.whatsNew.count > 0 ? (
                    <p>
                      <Tag tone="inProgress">
                        {t('coach.caseload.newCount', { count: claimant.whatsNew.count })}
                      </Tag>{' '}
                      {claimant.whatsNew.kinds.map((kind) => t(`coach.kinds.${kind}`)).join(', ')}
                    </p>
                  ) : null}
                  <dl className="caseload__facts">
                    <div>
                      <dt>{t('coach.caseload.lastActivity')}</dt>
                      <dd>
                        {claimant.lastActivity
                          ? dates.date(claimant.lastActivity)
                          : t('coach.caseload.noActivity')}
                      </dd>
                    </div>
                    <div>
                      <dt>{t('coach.caseload.phone')}</dt>
                      <dd>
                        {claimant.devices > 0
                          ? t('coach.caseload.connected', { count: claimant.devices })
                          : claimant.pairing
                            ? t('coach.caseload.codeWaiting', {
                                date: dates.date(claimant.pairing.expiresAt),
                              })
                            : t('coach.caseload.notConnected')}
                      </dd>
                    </div>
                    {claimant.whatsNew.count === 0 ? (
                      <div>
                        <dt>{t('coach.caseload.whatsNew')}</dt>
                        <dd>{t('coach.caseload.nothingNew')}</dd>
                      </div>
                    ) : null}
                  </dl>
                </li>
              ),
            )}
          </ul>
        </>
      )}
    </div>
  );
}
