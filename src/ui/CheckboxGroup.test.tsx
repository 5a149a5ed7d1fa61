// CheckboxGroup and Checkbox: group and option names, per-option hints and selection.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Checkbox, CheckboxGroup } from './CheckboxGroup';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('CheckboxGroup', () => {
  it('is a named group of checkboxes with hints, reporting the chosen values', () => {
    const onChange = vi.fn();
    render(
      <CheckboxGroup
        id="areas"
        label="Which areas does this goal help with?"
        hint="Choose all that apply"
        onChange={onChange}
      >
        <Checkbox value="confidence">Confidence</Checkbox>
        <Checkbox value="money" hint="Including debt">
          Money
        </Checkbox>
      </CheckboxGroup>,
    );
    const group = screen.getByRole('group', {
      name: 'Which areas does this goal help with?',
      description: 'Choose all that apply',
    });
    expect(group.id).toBe('areas');
    const money = screen.getByRole<HTMLInputElement>('checkbox', { name: 'Money' });
    const ids = (money.getAttribute('aria-describedby') ?? '').split(' ');
    expect(ids.map((id) => document.getElementById(id)?.textContent)).toContain('Including debt');
    fireEvent.click(money);
    expect(onChange).toHaveBeenLastCalledWith(['money']);
    fireEvent.click(screen.getByRole('checkbox', { name: 'Confidence' }));
    expect(onChange).toHaveBeenLastCalledWith(['money', 'confidence']);
    expect(money.checked).toBe(true);
  });

  it('shows an error for the group', () => {
    render(
      <CheckboxGroup label="Areas" errorMessage="Choose at least one area">
        <Checkbox value="a">A</Checkbox>
      </CheckboxGroup>,
    );
    expect(screen.getByRole('group', { name: 'Areas' }).textContent).toContain(
      'Choose at least one area',
    );
  });
});
