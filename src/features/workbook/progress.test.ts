// Resume position: the first unanswered question after the last one answered; a question
// someone skipped on purpose is not asked again; all answered means Check your answers.
import { describe, expect, it } from 'vitest';
import { neighbours, resumeIndex } from './progress';
import { aboutMe, testFlow } from './testFlow';

const stepsOf = (record: ReturnType<typeof aboutMe>) => testFlow.steps(record);

describe('resumeIndex', () => {
  it('starts at the first question when nothing is answered', () => {
    const record = aboutMe();
    expect(resumeIndex(stepsOf(record), record)).toBe(0);
  });

  it('treats spaces as not answered', () => {
    const record = aboutMe({ enjoy: '   \n ' });
    expect(resumeIndex(stepsOf(record), record)).toBe(0);
  });

  it('goes on after the last answer, passing over a skipped question', () => {
    const record = aboutMe({ goodAt: 'Fixing bikes' });
    expect(resumeIndex(stepsOf(record), record)).toBe(2);
  });

  it('comes back to an unanswered question after answered ones', () => {
    const record = aboutMe({ enjoy: 'Music' });
    expect(resumeIndex(stepsOf(record), record)).toBe(1);
  });

  it('goes to Check your answers when the last question is answered', () => {
    const record = aboutMe({ proudOf: 'My kids' });
    expect(resumeIndex(stepsOf(record), record)).toBe(3);
  });
});

describe('neighbours', () => {
  it('gives the questions before and after', () => {
    const steps = stepsOf(aboutMe());
    expect(neighbours(steps, 'goodat')).toMatchObject({
      index: 1,
      previous: { key: 'enjoy' },
      next: { key: 'proudof' },
    });
    expect(neighbours(steps, 'enjoy').previous).toBeUndefined();
    expect(neighbours(steps, 'proudof').next).toBeUndefined();
    expect(neighbours(steps, 'nope')).toEqual({ index: -1, previous: undefined, next: undefined });
  });
});
