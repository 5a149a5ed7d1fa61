/**
 * The line chart of one area's answers over time, drawn by hand as SVG (no chart library):
 * a title and a description, scores as filled circles joined by a line, "It changes too much
 * to say" as hollow diamonds under the scale (shape, not colour, tells them apart), points
 * spaced by date. The points are one Tab stop: arrow keys, Home and End move between them, and
 * each has its date and value as its name. Colours come from the theme tokens, so it follows
 * dark mode on screen and prints in the light theme.
 */
import { useId, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { AreaEntry } from '../../domain/distance';
import type { DateWords } from './dates';

const WIDTH = 320;
const HEIGHT = 250;
const LEFT = 34;
const RIGHT = 18;
const TOP = 14;
const SCALE_BOTTOM = 174; // where 1 sits
const LANE = 202; // "changes too much" row
const AXIS_LABELS = 236;
const SCORES = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

export const yFor = (value: number) => SCALE_BOTTOM - ((value - 1) / 9) * (SCALE_BOTTOM - TOP);

export function xPositions(entries: readonly AreaEntry[]): number[] {
  const times = entries.map((e) => Date.parse(e.takenAt));
  const first = times[0] ?? 0;
  const last = times[times.length - 1] ?? 0;
  const span = WIDTH - LEFT - RIGHT;
  if (last === first) {
    return times.map(
      (_, i) => LEFT + (entries.length === 1 ? span / 2 : (span * i) / (entries.length - 1)),
    );
  }
  return times.map((time) => LEFT + ((time - first) / (last - first)) * span);
}

/** The name a point is read out with, and shown with in the table's row. */
export function pointName(t: TFunction, dates: DateWords, entry: AreaEntry): string {
  const date = dates.long(entry.takenAt);
  return entry.kind === 'score'
    ? t('checkIn.chart.pointScore', { date, score: entry.value })
    : t('checkIn.chart.pointChangesTooMuch', { date });
}

function diamond(x: number, y: number, r: number): string {
  return `M ${x} ${y - r} L ${x + r} ${y} L ${x} ${y + r} L ${x - r} ${y} Z`;
}

export function ProgressChart({
  entries,
  areaName,
  dates,
}: {
  entries: readonly AreaEntry[];
  areaName: string;
  dates: DateWords;
}) {
  const { t } = useTranslation();
  const titleId = useId();
  const descId = useId();
  const [active, setActive] = useState(entries.length - 1);
  const [focused, setFocused] = useState<number | undefined>(undefined);
  const points = useRef<(SVGElement | null)[]>([]);
  const xs = xPositions(entries);
  const current = Math.min(Math.max(active, 0), entries.length - 1);

  const first = entries[0];
  const last = entries[entries.length - 1];
  if (!first || !last) return null;

  const moveTo = (index: number) => {
    const next = Math.min(Math.max(index, 0), entries.length - 1);
    setActive(next);
    points.current[next]?.focus();
  };
  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const moves: Record<string, number> = {
      ArrowRight: index + 1,
      ArrowUp: index + 1,
      ArrowLeft: index - 1,
      ArrowDown: index - 1,
      Home: 0,
      End: entries.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    moveTo(target);
  };

  const scorePoints = entries.flatMap((e, i) =>
    e.kind === 'score' ? [`${xs[i]},${yFor(e.value)}`] : [],
  );
  const focusEntry = focused === undefined ? undefined : entries[focused];
  const focusX = focused === undefined ? 0 : (xs[focused] ?? 0);
  const focusY = focusEntry?.kind === 'score' ? yFor(focusEntry.value) : LANE;

  return (
    <figure className="chart">
      <svg
        className="chart__svg"
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="group"
        aria-labelledby={titleId}
        aria-describedby={descId}
      >
        <title id={titleId}>{t('checkIn.chart.title', { area: areaName })}</title>
        <desc id={descId}>
          {t('checkIn.chart.description', {
            area: areaName,
            from: dates.long(first.takenAt),
            to: dates.long(last.takenAt),
          })}
        </desc>
        <g aria-hidden="true">
          {SCORES.map((score) => (
            <g key={score}>
              <line
                className={score % 3 === 1 ? 'chart__grid chart__grid--anchor' : 'chart__grid'}
                x1={LEFT}
                x2={WIDTH - RIGHT / 2}
                y1={yFor(score)}
                y2={yFor(score)}
              />
              <text
                className="chart__label"
                x={LEFT - 8}
                y={yFor(score)}
                textAnchor="end"
                dominantBaseline="middle"
              >
                {score}
              </text>
            </g>
          ))}
          <line className="chart__lane" x1={LEFT} x2={WIDTH - RIGHT / 2} y1={LANE} y2={LANE} />
          <text className="chart__label" x={LEFT} y={AXIS_LABELS} textAnchor="start">
            {dates.axis(first.takenAt)}
          </text>
          {entries.length > 1 && dates.axis(first.takenAt) !== dates.axis(last.takenAt) ? (
            <text className="chart__label" x={WIDTH - RIGHT / 2} y={AXIS_LABELS} textAnchor="end">
              {dates.axis(last.takenAt)}
            </text>
          ) : null}
          {scorePoints.length > 1 ? (
            <polyline className="chart__line" points={scorePoints.join(' ')} />
          ) : null}
        </g>
        {entries.map((entry, i) => {
          const x = xs[i] ?? 0;
          const common = {
            ref: (el: SVGElement | null) => {
              points.current[i] = el;
            },
            role: 'img',
            'aria-label': pointName(t, dates, entry),
            tabIndex: i === current ? 0 : -1,
            onKeyDown: (event: KeyboardEvent) => onKeyDown(event, i),
            onFocus: () => {
              setActive(i);
              setFocused(i);
            },
            onBlur: () => setFocused(undefined),
            'data-point': entry.kind,
          };
          return entry.kind === 'score' ? (
            <circle
              key={entry.checkInId}
              {...common}
              className="chart__point"
              cx={x}
              cy={yFor(entry.value)}
              r={6}
            />
          ) : (
            <path
              key={entry.checkInId}
              {...common}
              className="chart__point chart__point--changes"
              d={diamond(x, LANE, 7)}
            />
          );
        })}
        {focusEntry ? (
          <g aria-hidden="true" className="chart__focus">
            <circle className="chart__focus-outer" cx={focusX} cy={focusY} r={12} />
            <circle className="chart__focus-inner" cx={focusX} cy={focusY} r={10} />
            <text
              className="chart__value"
              x={Math.min(Math.max(focusX, LEFT + 12), WIDTH - RIGHT - 12)}
              y={focusY - 18 < TOP ? focusY + 30 : focusY - 18}
              textAnchor="middle"
            >
              {focusEntry.kind === 'score' ? focusEntry.value : '?'}
            </text>
          </g>
        ) : null}
      </svg>
      <figcaption className="chart__legend">
        <span className="chart__key">
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
            <circle className="chart__point" cx="10" cy="10" r="6" />
          </svg>
          {t('checkIn.chart.legendScore')}
        </span>
        <span className="chart__key">
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
            <path className="chart__point chart__point--changes" d={diamond(10, 10, 7)} />
          </svg>
          {t('checkIn.chart.legendChangesTooMuch')}
        </span>
      </figcaption>
    </figure>
  );
}
