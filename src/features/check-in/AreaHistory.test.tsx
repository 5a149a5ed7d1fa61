// The chart and the table show the same answers: every point's name (date and value) matches a
// table row, in the same order, for whichever area is picked; scores and "changes too much"
// have different shapes; the points are one Tab stop with arrow keys between them.
import { beforeAll, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { i18n as I18n } from 'i18next';
import { allStrings, initI18n } from '../../i18n/i18n';
import type { CheckInLike } from '../../domain/distance';
import { AreaHistory } from './AreaHistory';

let i18n: I18n;
beforeAll(async () => {
  i18n = await initI18n('en');
  await allStrings(i18n);
});

const checkIns: CheckInLike[] = [
  {
    id: 'a',
    status: 'done',
    takenAt: '2026-03-04T10:00:00Z',
    scores: { confidence: { kind: 'score', value: 3 }, money: { kind: 'score', value: 8 } },
  },
  {
    id: 'b',
    status: 'done',
    takenAt: '2026-04-10T10:00:00Z',
    scores: { confidence: { kind: 'changesTooMuch' }, money: { kind: 'skipped' } },
  },
  {
    id: 'c',
    status: 'done',
    takenAt: '2026-05-20T10:00:00Z',
    scores: { confidence: { kind: 'score', value: 6 }, money: { kind: 'score', value: 5 } },
  },
];

function renderHistory() {
  render(
    <I18nextProvider i18n={i18n}>
      <AreaHistory checkIns={checkIns} />
    </I18nextProvider>,
  );
}

function chartPoints(): string[] {
  const chart = screen.getByRole('group', { name: /your scores over time/ });
  return within(chart)
    .getAllByRole('img')
    .map((point) => point.getAttribute('aria-label') ?? '');
}

function tableRows(): string[] {
  const table = screen.getByRole('table');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const [date, answer] = [...row.querySelectorAll('th, td')].map(
        (cell) => cell.textContent ?? '',
      );
      return `${date}: ${answer}`;
    });
}

const lower = (list: string[]) => list.map((s) => s.toLowerCase());

describe('AreaHistory', () => {
  it('shows the same answers in the chart and in the table', () => {
    renderHistory();
    expect(screen.getByRole('combobox', { name: 'Area to show' })).toHaveProperty(
      'value',
      'confidence',
    );
    const toggle = screen.getByRole('button', { name: 'Show as a table' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    fireEvent.click(toggle);
    expect(
      screen.getByRole('button', { name: 'Hide the table' }).getAttribute('aria-expanded'),
    ).toBe('true');
    expect(screen.getByRole('table', { name: 'Confidence: your answers' })).toBeTruthy();
    expect(chartPoints()).toEqual([
      '4 March 2026: 3 out of 10',
      '10 April 2026: it changes too much to say',
      '20 May 2026: 6 out of 10',
    ]);
    expect(lower(tableRows())).toEqual(lower(chartPoints()));

    fireEvent.change(screen.getByRole('combobox', { name: 'Area to show' }), {
      target: { value: 'money' },
    });
    expect(chartPoints()).toEqual(['4 March 2026: 8 out of 10', '20 May 2026: 5 out of 10']);
    expect(lower(tableRows())).toEqual(lower(chartPoints()));
  });

  it('draws scores and "changes too much" as different shapes', () => {
    renderHistory();
    const points = within(
      screen.getByRole('group', { name: /your scores over time/ }),
    ).getAllByRole('img');
    expect(points.map((p) => p.tagName)).toEqual(['circle', 'path', 'circle']);
    expect(document.querySelector('.chart__line')?.getAttribute('points')?.split(' ')).toHaveLength(
      2,
    );
  });

  it('is one Tab stop, and the arrow keys, Home and End move between points', () => {
    renderHistory();
    const points = within(
      screen.getByRole('group', { name: /your scores over time/ }),
    ).getAllByRole('img');
    expect(points.map((p) => p.getAttribute('tabindex'))).toEqual(['-1', '-1', '0']);
    points[2]?.focus();
    fireEvent.keyDown(points[2] as Element, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(points[1]);
    fireEvent.keyDown(points[1] as Element, { key: 'Home' });
    expect(document.activeElement).toBe(points[0]);
    fireEvent.keyDown(points[0] as Element, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(points[0]);
    fireEvent.keyDown(points[0] as Element, { key: 'End' });
    expect(document.activeElement).toBe(points[2]);
    expect(points.map((p) => p.getAttribute('tabindex'))).toEqual(['-1', '-1', '0']);
  });

  it('says so when an area has no answers', () => {
    renderHistory();
    fireEvent.change(screen.getByRole('combobox', { name: 'Area to show' }), {
      target: { value: 'housing' },
    });
    expect(screen.getByText('You have no answers for Housing yet.')).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });
});
