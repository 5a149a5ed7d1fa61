// TextField: label, hint and error are tied to the input; id and input attributes pass through.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { TextField } from './TextField';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('TextField', () => {
  it('is a textbox named by its label and described by its hint', () => {
    render(
      <TextField
        id="code"
        label="Pairing code"
        hint="Your work coach gave you this"
        autoComplete="one-time-code"
        inputMode="numeric"
        size="short"
      />,
    );
    const input = screen.getByRole('textbox', {
      name: 'Pairing code',
      description: 'Your work coach gave you this',
    });
    expect(input.id).toBe('code');
    expect(input.getAttribute('autocomplete')).toBe('one-time-code');
    expect(input.getAttribute('inputmode')).toBe('numeric');
    expect(input.className).toContain('field__control--short');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('shows an error, marks the input invalid and describes it with the message', () => {
    render(<TextField label="Your name" hint="Or a nickname" errorMessage="Enter a name" />);
    const input = screen.getByRole('textbox', { name: 'Your name' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toContain('Enter a name');
    expect(described).toContain('Or a nickname');
  });

  it('reports changes', () => {
    const onChange = vi.fn();
    render(<TextField label="Town" onChange={onChange} />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Town' }), { target: { value: 'Rhyl' } });
    expect(onChange).toHaveBeenCalledWith('Rhyl');
  });
});
