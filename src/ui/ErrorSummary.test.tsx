// ErrorSummary: nothing when there are no errors; otherwise an alert that takes focus (again
// when its errors change) and whose links focus the field, or a group's first option.
import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { ErrorSummary, type FieldErrorItem } from './ErrorSummary';
import { Radio, RadioGroup } from './RadioGroup';
import { TextField } from './TextField';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

function Form({ errors }: { errors: FieldErrorItem[] }) {
  return (
    <>
      <ErrorSummary title="There is a problem" errors={errors} />
      <TextField id="goal" label="Your goal" errorMessage={errors[0]?.message} />
      <RadioGroup id="when" label="When?">
        <Radio value="soon">Soon</Radio>
        <Radio value="later">Later</Radio>
      </RadioGroup>
    </>
  );
}

describe('ErrorSummary', () => {
  it('renders nothing without errors', () => {
    render(<Form errors={[]} />);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('is an alert named by its title that takes focus', () => {
    render(<Form errors={[{ fieldId: 'goal', message: 'Enter your goal' }]} />);
    const summary = screen.getByRole('alert', { name: 'There is a problem' });
    expect(document.activeElement).toBe(summary);
    expect(summary.getAttribute('tabindex')).toBe('-1');
    const link = screen.getByRole('link', { name: 'Enter your goal' });
    expect(link.getAttribute('href')).toBe('#goal');
  });

  it('focuses the field when its link is followed', () => {
    render(<Form errors={[{ fieldId: 'goal', message: 'Enter your goal' }]} />);
    fireEvent.click(screen.getByRole('link', { name: 'Enter your goal' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Your goal' }));
  });

  it('focuses the first option of a group', () => {
    render(<Form errors={[{ fieldId: 'when', message: 'Choose when' }]} />);
    fireEvent.click(screen.getByRole('link', { name: 'Choose when' }));
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: 'Soon' }));
  });

  it('takes focus again when the errors change', () => {
    const { rerender } = render(
      <Form errors={[{ fieldId: 'goal', message: 'Enter your goal' }]} />,
    );
    const input = screen.getByRole('textbox', { name: 'Your goal' });
    act(() => input.focus());
    rerender(<Form errors={[{ fieldId: 'goal', message: 'Your goal is too long' }]} />);
    expect(document.activeElement).toBe(screen.getByRole('alert'));
  });

  it('leaves focus alone when re-rendered with the same errors', () => {
    const errors = [{ fieldId: 'goal', message: 'Enter your goal' }];
    const { rerender } = render(<Form errors={errors} />);
    const input = screen.getByRole('textbox', { name: 'Your goal' });
    act(() => input.focus());
    rerender(<Form errors={[...errors]} />);
    expect(document.activeElement).toBe(input);
  });
});
