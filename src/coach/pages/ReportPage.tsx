/**
 * The office report (issue 6): totals for the coach's whole office over a period they choose,
 * as tables with captions (no charts), "fewer than 5" wherever a figure comes from fewer than 5
 * people, the rules in plain words, and the same figures as a CSV download. Nobody is named,
 * listed or ranked: the server sends totals only.
 */
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Callout, ErrorSummary, PageHeading, type FieldErrorItem } from '../../ui';
import { usePageTitle, useNavigation } from '../../app/navigation';
import { DateField } from '../../features/action-plan/DateField';
import { isoDateToDate, localIsoDate, partsFromIso, type DateParts } from '../../domain/dates';
import type {
  CountFigure,
  MedianFigure,
  OfficeReport,
  ReportPeriod,
  ShareFigure,
} from '../../domain/report';
import { LANGUAGE_TAGS, isLanguage } from '../../i18n/languages';
import { api } from '../api';
import { useCoachDates } from '../format';
import { problemMessage } from '../problems';
import {
  REPORT_FROM_ID,
  REPORT_TO_ID,
  checkPeriod,
  defaultPeriod,
  formatChange,
  formatCount,
  formatShare,
  reportApiUrl,
  reportCsvUrl,
} from '../report';
import './report.css';

type Cells = [figure: string, people: string];

function FigureTable({
  caption,
  headers,
  rows,
}: {
  caption: string;
  headers: [string, string, string];
  rows: [label: string, cells: Cells][];
}) {
  return (
    <table className="report-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          {headers.map((header) => (
            <th key={header} scope="col">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, [figure, people]]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{figure}</td>
            <td>{people}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Section({ id, heading, children }: { id: string; heading: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="report-section">
      <h2 id={id}>{heading}</h2>
      {children}
    </section>
  );
}

function ReportFigures({ report, tag }: { report: OfficeReport; tag: string }) {
  const { t } = useTranslation();
  const dates = useCoachDates();
  const fewer = t('coach.report.fewerThan');
  const count = (f: CountFigure): Cells =>
    f.suppressed ? [fewer, fewer] : [formatCount(f.count, tag), formatCount(f.people, tag)];
  const middle = (f: MedianFigure): Cells =>
    f.suppressed ? [fewer, fewer] : [formatChange(f.median, tag), formatCount(f.people, tag)];
  const share = (f: ShareFigure): Cells =>
    f.suppressed ? [fewer, fewer] : [formatShare(f.share, tag), formatCount(f.responses, tag)];
  const columns = (what: string): [string, string, string] => [
    what,
    t('coach.report.figure'),
    t('coach.report.people'),
  ];
  const day = (iso: string) => dates.date(isoDateToDate(iso).toISOString());

  return (
    <>
      <p className="lead">
        {t('coach.report.shown', {
          office: report.office.name,
          from: day(report.period.from),
          to: day(report.period.to),
        })}
      </p>
      <p>
        <a className="report-download" href={reportCsvUrl(report.period)} download>
          {t('coach.report.download')}
        </a>
      </p>
      <Section id="report-using" heading={t('coach.report.using.heading')}>
        <FigureTable
          caption={t('coach.report.using.caption')}
          headers={columns(t('coach.report.what'))}
          rows={[[t('coach.report.using.row'), count(report.claimantsUsingWaymark)]]}
        />
      </Section>
      <Section id="report-check-ins" heading={t('coach.report.checkIns.heading')}>
        <FigureTable
          caption={t('coach.report.checkIns.caption')}
          headers={columns(t('coach.report.what'))}
          rows={[[t('coach.report.checkIns.row'), count(report.checkIns)]]}
        />
      </Section>
      <Section id="report-distance" heading={t('coach.report.distance.heading')}>
        <FigureTable
          caption={t('coach.report.distance.caption')}
          headers={[
            t('coach.report.distance.area'),
            t('coach.report.distance.median'),
            t('coach.report.people'),
          ]}
          rows={report.distanceTravelled.map((d) => [
            t(`actionPlan.areas.${d.area}`),
            middle(d.figure),
          ])}
        />
      </Section>
      <Section id="report-actions" heading={t('coach.report.actions.heading')}>
        <FigureTable
          caption={t('coach.report.actions.byType')}
          headers={[
            t('coach.report.actions.type'),
            t('coach.report.actions.count'),
            t('coach.report.people'),
          ]}
          rows={report.actionsByType.map((a) => [
            a.type === 'notSaid'
              ? t('coach.report.actions.notSaid')
              : t(`actionPlan.types.${a.type}`),
            count(a.figure),
          ])}
        />
        <FigureTable
          caption={t('coach.report.actions.byStatus')}
          headers={[
            t('coach.report.actions.status'),
            t('coach.report.actions.count'),
            t('coach.report.people'),
          ]}
          rows={report.actionsByStatus.map((a) => [
            t(`actionPlan.statuses.${a.status}`),
            count(a.figure),
          ])}
        />
      </Section>
      <Section id="report-satisfaction" heading={t('coach.report.satisfaction.heading')}>
        <FigureTable
          caption={t('coach.report.satisfaction.caption')}
          headers={[
            t('coach.report.satisfaction.kind'),
            t('coach.report.satisfaction.share'),
            t('coach.report.responses'),
          ]}
          rows={report.satisfaction.map((s) => [
            t(`coach.feedback.aboutOptions.${s.about}`),
            share(s.figure),
          ])}
        />
      </Section>
      <Section id="report-packs" heading={t('coach.report.packs.heading')}>
        <FigureTable
          caption={t('coach.report.packs.caption')}
          headers={columns(t('coach.report.what'))}
          rows={[
            [
              t('coach.report.packs.appointments'),
              count(report.packsCompletedBeforeAppointments.appointments),
            ],
            [t('coach.report.packs.ready'), count(report.packsCompletedBeforeAppointments.packs)],
          ]}
        />
      </Section>
    </>
  );
}

export function ReportPage() {
  const { t, i18n } = useTranslation();
  const { navigations } = useNavigation();
  const tag = isLanguage(i18n.language) ? LANGUAGE_TAGS[i18n.language] : i18n.language;
  usePageTitle(t('coach.report.title'));
  const [first] = useState(() => defaultPeriod(localIsoDate()));
  const [from, setFrom] = useState<DateParts>(() => partsFromIso(first.from));
  const [to, setTo] = useState<DateParts>(() => partsFromIso(first.to));
  const [period, setPeriod] = useState<ReportPeriod>(first);
  const [errors, setErrors] = useState<FieldErrorItem[]>([]);
  // The answer for the period last asked for; an answer for an earlier period is not shown.
  const [result, setResult] = useState<{ url: string; report?: OfficeReport; failure?: string }>();
  const url = reportApiUrl(period);

  useEffect(() => {
    let current = true;
    api<{ report: OfficeReport }>('GET', url).then(
      (answer) => {
        if (current) setResult({ url, report: answer.report });
      },
      (error: unknown) => {
        if (current) setResult({ url, failure: problemMessage(t, error) });
      },
    );
    return () => {
      current = false;
    };
  }, [url, t]);
  const shown = result?.url === url ? result : undefined;

  const show = () => {
    const checked = checkPeriod(from, to);
    if (!checked.ok) {
      setErrors(
        checked.problems.map((p) => ({
          fieldId: p.fieldId,
          message: t(`coach.report.errors.${p.key}`),
        })),
      );
      return;
    }
    setErrors([]);
    setPeriod(checked.period);
  };
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  return (
    <div className="page report-page">
      <PageHeading focusOnMount={navigations > 0}>{t('coach.report.title')}</PageHeading>
      <p>{t('coach.report.intro')}</p>
      <form
        noValidate
        aria-label={t('coach.report.periodLegend')}
        onSubmit={(event) => {
          event.preventDefault();
          show();
        }}
      >
        <ErrorSummary title={t('coach.errorTitle')} errors={errors} />
        <DateField
          id={REPORT_FROM_ID}
          legend={t('coach.report.from')}
          hint={t('coach.report.dateHint')}
          value={from}
          errorMessage={errorFor(REPORT_FROM_ID)}
          onChange={setFrom}
        />
        <DateField
          id={REPORT_TO_ID}
          legend={t('coach.report.to')}
          hint={t('coach.report.dateHint')}
          value={to}
          errorMessage={errorFor(REPORT_TO_ID)}
          onChange={setTo}
        />
        <Button type="submit">{t('coach.report.show')}</Button>
      </form>
      <div className="report-result">
        {shown?.failure ? (
          <Callout variant="warning">{shown.failure}</Callout>
        ) : shown?.report ? (
          <ReportFigures report={shown.report} tag={tag} />
        ) : (
          <p aria-busy="true">{t('coach.report.loading')}</p>
        )}
      </div>
      <Section id="report-rules" heading={t('coach.report.rules.heading')}>
        <ul>
          {(
            ['small', 'using', 'checkIns', 'distance', 'actions', 'satisfaction', 'packs'] as const
          ).map((rule) => (
            <li key={rule}>{t(`coach.report.rules.${rule}`)}</li>
          ))}
        </ul>
        <p>{t('coach.report.rules.notTarget')}</p>
      </Section>
    </div>
  );
}
