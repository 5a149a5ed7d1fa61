// The check-in in the app shell (jsdom, fake IndexedDB): start one, answer, skip, say "it
// changes too much", leave it half done and carry on where it was left, finish it (dated), then
// "Same as last time" in the next one; My progress and the appointment summary in words.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { App } from '../../app/App';
import { initI18n } from '../../i18n/i18n';
import { browserHistory } from '../../app/router';
import { repository } from '../../data/repository';
import { db } from '../../data/db';
import { BARRIER_AREAS } from '../../domain/barriers';
import type { CheckInScore } from '../../domain/records';

async function renderApp(path: string) {
  window.history.replaceState(null, '', path);
  const i18n = await initI18n('en');
  // Pages other than home suspend until their strings load: let React finish inside act.
  await act(async () => {
    render(<App i18n={i18n} history={browserHistory()} />);
  });
}

// A page's first visit loads its code, which jsdom on a busy machine can take a while to do.
const heading = (name: string) =>
  screen.findByRole('heading', { level: 1, name }, { timeout: 5000 });
/** Clicks inside act, so a page that suspends while its code loads finishes rendering. */
const click = (element: Element) =>
  act(async () => {
    fireEvent.click(element);
  });
const press = async (name: string) => click(await screen.findByRole('button', { name }));

afterEach(async () => {
  vi.restoreAllMocks();
  await db.recordTable('checkIn').clear();
});

describe('a check-in', () => {
  it('saves every answer, resumes where it was left, and is dated when finished', async () => {
    await renderApp('/check-ins');
    await heading('My check-ins');
    await press('Start a check-in');
    await heading('Physical health');
    expect(screen.getByText('Check-in: 1 of 10')).toBeTruthy();
    fireEvent.click(screen.getByRole('radio', { name: '3' }));
    await press('Continue');

    await heading('Mental health and wellbeing');
    await press('Skip this one');

    await heading('Confidence');
    fireEvent.click(screen.getByRole('radio', { name: 'It changes too much to say' }));
    fireEvent.change(
      screen.getByRole('textbox', { name: 'Anything you want to add? (optional)' }),
      {
        target: { value: 'Better on good days' },
      },
    );
    await press('Save and come back later');

    await heading('My check-ins');
    await click(await screen.findByRole('link', { name: 'Carry on with your check-in' }));
    await heading('Confidence');
    expect(
      (screen.getByRole('radio', { name: 'It changes too much to say' }) as HTMLInputElement)
        .checked,
    ).toBe(true);
    expect(
      screen.getByRole('textbox', { name: 'Anything you want to add? (optional)' }),
    ).toHaveProperty('value', 'Better on good days');
    await press('Continue');

    for (const area of BARRIER_AREAS.slice(3)) {
      await heading(i18nTitle(area));
      await press('Continue');
    }
    await heading('About work');
    fireEvent.click(screen.getByRole('radio', { name: 'A little' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'How are you feeling today?' }), {
      target: { value: 'Tired' },
    });
    await press('Continue');

    await heading('Check your answers');
    const rows = screen
      .getAllByRole('term')
      .map((term) => [term.textContent, term.nextElementSibling?.textContent]);
    expect(rows.slice(0, 4)).toEqual([
      ['Physical health', '3 out of 10'],
      ['Mental health and wellbeing', 'Skipped'],
      ['Confidence', 'It changes too much to sayYour note: Better on good days'],
      ['Skills, training and experience', 'Skipped'],
    ]);
    expect(rows).toContainEqual(['How much would you like to work?', 'A little']);
    expect(rows).toContainEqual(['How are you feeling today?', 'Tired']);
    expect(
      screen.getByText('You answered 2 of 10 areas. You can finish with some left out.'),
    ).toBeTruthy();
    const before = Date.now();
    await press('Finish check-in');
    await heading('Check-in finished');

    const [saved] = await repository.listRecords('checkIn');
    expect(saved).toMatchObject({
      status: 'done',
      step: null,
      wantToWork: 'aLittle',
      feelingToday: 'Tired',
      scores: {
        physicalHealth: { kind: 'score', value: 3 },
        mentalHealth: { kind: 'skipped' },
        confidence: { kind: 'changesTooMuch', note: 'Better on good days' },
        digital: { kind: 'skipped' },
      },
    });
    expect(Date.parse(saved?.takenAt ?? '')).toBeGreaterThanOrEqual(before - 1000);

    // The next check-in offers the last answer, and copies it in one tap.
    await click(screen.getByRole('link', { name: 'See my progress' }));
    await heading('My progress');
    await click(screen.getByRole('link', { name: 'Back to My check-ins' }));
    await heading('My check-ins');
    await press('Start a check-in');
    await heading('Physical health');
    expect(screen.getByText('Last time you chose 3.')).toBeTruthy();
    await press('Same as last time');
    await heading('Mental health and wellbeing');
    expect(screen.queryByText(/Last time/)).toBeNull();
    await waitFor(async () => {
      const draft = (await repository.listRecords('checkIn')).find((c) => c.status === 'draft');
      expect(draft?.scores).toEqual({ physicalHealth: { kind: 'score', value: 3 } });
      expect(draft?.step).toBe('mentalHealth');
    });
  }, 30_000); // sixteen screens in jsdom

  it('offers the way back into a check-in that is not finished yet from its finished page', async () => {
    const id = await repository.createRecord('checkIn', { status: 'draft', step: 'housing' });
    await renderApp(`/check-ins/${id}/finished`);
    await heading('My check-ins');
    expect(
      screen.getByRole('link', { name: 'Carry on with your check-in' }).getAttribute('href'),
    ).toBe(`/check-ins/${id}/housing`);
  });

  it('shows a finished check-in as finished rather than changing it', async () => {
    const id = await repository.createRecord('checkIn', {
      status: 'done',
      takenAt: '2026-03-04T10:00:00.000Z',
    });
    await renderApp(`/check-ins/${id}/confidence`);
    await heading('This check-in is finished');
    expect(screen.queryByRole('radio')).toBeNull();
  });
});

function i18nTitle(area: (typeof BARRIER_AREAS)[number]): string {
  const titles: Record<string, string> = {
    skills: 'Skills, training and experience',
    suitableWork: 'Finding work that suits my health',
    caring: 'Caring responsibilities',
    money: 'Money and debt',
    housing: 'Housing',
    transport: 'Getting around',
    digital: 'Using computers and phones',
  };
  return titles[area] ?? area;
}

describe('My progress and the appointment summary', () => {
  const year = new Date().getFullYear();
  async function finished(month: string, scores: Record<string, CheckInScore>) {
    await repository.createRecord('checkIn', {
      status: 'done',
      takenAt: `${year}-${month}T10:00:00.000Z`,
      scores,
      wantToWork: 'someExtent',
    });
  }
  const score = (value: number): CheckInScore => ({ kind: 'score', value });

  async function threeCheckIns() {
    await finished('03-04', { confidence: score(3), money: score(8), housing: score(5) });
    await finished('04-04', { confidence: score(4), money: { kind: 'changesTooMuch' } });
    await finished('05-04', { confidence: score(6), money: score(5), housing: score(5) });
  }

  it('says the distance travelled per area in words, and going down kindly', async () => {
    await threeCheckIns();
    await renderApp('/check-ins/progress');
    await heading('My progress');
    expect(await screen.findByText('Confidence: from 3 to 6, up 3 since 4 March')).toBeTruthy();
    expect(screen.getByText('Confidence: 3 → 6, up 3 since 4 March')).toBeTruthy();
    expect(screen.getByText('Money and debt: from 8 to 5, down 3 since 4 March')).toBeTruthy();
    expect(screen.getByText('Housing: from 5 to 5, the same as on 4 March')).toBeTruthy();
    expect(screen.getByText('Caring responsibilities: no score yet')).toBeTruthy();
    expect(screen.getAllByText('Over your last three check-ins: getting easier')).toHaveLength(1);
    expect(screen.getByText(/some scores going down is normal. It is not a failure/)).toBeTruthy();
    expect(screen.getByText(/You have finished 3 check-ins\./)).toBeTruthy();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await press('Print this page');
    expect(print).toHaveBeenCalledOnce();
  });

  it('sums up what got easier and harder for the next appointment', async () => {
    await threeCheckIns();
    await renderApp('/check-ins/summary');
    await heading('Summary for my next appointment');
    const section = (name: string) => {
      const h2 = screen.getByRole('heading', { level: 2, name });
      return h2.nextElementSibling?.tagName === 'UL'
        ? h2.nextElementSibling
        : h2.nextElementSibling?.nextElementSibling;
    };
    await screen.findByRole('heading', { level: 2, name: 'Got easier' });
    expect(within(section('Got easier') as HTMLElement).getAllByRole('listitem')).toHaveLength(1);
    expect(section('Got easier')?.textContent).toContain('Confidence: 3 → 6');
    expect(section('Got harder')?.textContent).toContain('Money and debt: 8 → 5');
    expect(section('About the same')?.textContent).toContain('Housing: 5 → 5');
    expect(screen.getByText('To some extent')).toBeTruthy();
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    await press('Print this page');
    expect(print).toHaveBeenCalledOnce();
  });

  it('is calm and empty before the first check-in is finished', async () => {
    await renderApp('/check-ins/progress');
    await heading('My progress');
    expect(
      await screen.findByText(
        'When you finish a check-in, you will see here how things change over time.',
      ),
    ).toBeTruthy();
  });
});
