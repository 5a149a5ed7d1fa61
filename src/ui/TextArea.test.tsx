// TextArea: grows with its content and, when given a limit, shows and announces a count.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { TextArea } from './TextArea';

const limit = {
  max: 10,
  message: (n: number) => (n >= 0 ? `${n} characters left` : `${-n} characters too many`),
};

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('TextArea', () => {
  it('is a multi-line textbox named by its label, with no count by default', () => {
    render(<TextArea label="What are you proud of?" hint="Big or small" />);
    const box = screen.getByRole('textbox', {
      name: 'What are you proud of?',
      description: 'Big or small',
    });
    expect(box.tagName).toBe('TEXTAREA');
    expect(box.getAttribute('maxlength')).toBeNull();
    expect(document.querySelector('.textarea__count')).toBeNull();
  });

  it('grows to fit its content as the person types', () => {
    vi.spyOn(HTMLTextAreaElement.prototype, 'scrollHeight', 'get').mockImplementation(function (
      this: HTMLTextAreaElement,
    ) {
      return 30 + this.value.split('\n').length * 28;
    });
    render(<TextArea label="Notes" />);
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Notes' });
    const before = parseFloat(box.style.height);
    fireEvent.input(box, { target: { value: 'one\ntwo\nthree\nfour\nfive\nsix' } });
    const after = parseFloat(box.style.height);
    expect(after).toBe(30 + 6 * 28);
    expect(after).toBeGreaterThan(before);
  });

  it('shows a character count tied to the field and announces it after a pause', () => {
    vi.useFakeTimers();
    render(<TextArea label="Goal" limit={limit} />);
    const box = screen.getByRole('textbox', { name: 'Goal', description: '10 characters left' });
    fireEvent.change(box, { target: { value: 'A long goal here' } });
    expect(
      screen.getByRole('textbox', { name: 'Goal', description: '6 characters too many' }),
    ).toBe(box);
    expect(document.querySelector('.textarea__count')?.getAttribute('data-over')).toBe('true');
    const live = document.querySelector('[aria-live="polite"]');
    expect(live?.textContent).toBe('10 characters left');
    act(() => {
      vi.advanceTimersByTime(1000);
    });
    expect(live?.textContent).toBe('6 characters too many');
    expect(box.getAttribute('maxlength')).toBeNull();
  });
});
