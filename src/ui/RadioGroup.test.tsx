// RadioGroup and Radio: group and option names, per-option hints, selection and errors.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Radio, RadioGroup } from './RadioGroup';

function Example(props: { errorMessage?: string; onChange?: (value: string) => void }) {
  return (
    <RadioGroup
      id="work-feelings"
      label="How do you feel about work now?"
      hint="Choose one"
      {...props}
    >
      <Radio value="rulesOut">My health rules it out</Radio>
      <Radio value="future" hint="For example, after treatment">
        I might work in future
      </Radio>
      <Radio value="now">I could work now with the right support</Radio>
    </RadioGroup>
  );
}

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('RadioGroup', () => {
  it('is a named radio group whose options carry their hints', () => {
    render(<Example />);
    const group = screen.getByRole('radiogroup', {
      name: 'How do you feel about work now?',
      description: 'Choose one',
    });
    expect(group.id).toBe('work-feelings');
    expect(screen.getAllByRole('radio')).toHaveLength(3);
    const future = screen.getByRole('radio', { name: 'I might work in future' });
    expect(future.getAttribute('aria-describedby')).toBeTruthy();
    const hintIds = (future.getAttribute('aria-describedby') ?? '').split(' ');
    const hints = hintIds.map((id) => document.getElementById(id)?.textContent);
    expect(hints).toContain('For example, after treatment');
  });

  it('selects by click and by arrow key', () => {
    const onChange = vi.fn();
    render(<Example onChange={onChange} />);
    const first = screen.getByRole<HTMLInputElement>('radio', { name: 'My health rules it out' });
    fireEvent.click(first);
    expect(onChange).toHaveBeenLastCalledWith('rulesOut');
    expect(first.checked).toBe(true);
    act(() => first.focus());
    fireEvent.keyDown(first, { key: 'ArrowDown' });
    expect(onChange).toHaveBeenLastCalledWith('future');
  });

  it('marks the group invalid and shows the error', () => {
    render(<Example errorMessage="Choose how you feel about work" />);
    const group = screen.getByRole('radiogroup');
    expect(group.getAttribute('aria-invalid')).toBe('true');
    expect(group.textContent).toContain('Choose how you feel about work');
  });
});
