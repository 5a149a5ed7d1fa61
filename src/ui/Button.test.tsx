// Button: role and name, variants, press, and the busy state while pending.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { Button } from './Button';

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('Button', () => {
  it('is a button named by its text and calls onPress', () => {
    const onPress = vi.fn();
    render(<Button onPress={onPress}>Save and continue</Button>);
    const button = screen.getByRole('button', { name: 'Save and continue' });
    fireEvent.click(button);
    expect(onPress).toHaveBeenCalledTimes(1);
    expect(button.className).toContain('button--primary');
    expect(button.getAttribute('aria-busy')).toBeNull();
  });

  it('applies the variant class', () => {
    render(<Button variant="warning">Delete</Button>);
    expect(screen.getByRole('button', { name: 'Delete' }).className).toContain('button--warning');
  });

  it('is busy, inert and shows the pending label while pending', () => {
    const onPress = vi.fn();
    render(
      <Button onPress={onPress} isPending pendingLabel="Saving">
        Save
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Saving' });
    expect(button.getAttribute('aria-busy')).toBe('true');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    fireEvent.click(button);
    expect(onPress).not.toHaveBeenCalled();
  });

  it('keeps its own words when pending without a pending label', () => {
    render(<Button isPending>Save</Button>);
    expect(screen.getByRole('button', { name: 'Save' }).getAttribute('aria-busy')).toBe('true');
  });

  it('is type="button" unless told, so it never submits a form by accident', () => {
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent)}>
        <Button>Add another</Button>
        <Button type="submit">Send</Button>
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Add another' }));
    expect(onSubmit).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Send' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });

  it('does not submit its form again while pending', () => {
    const onSubmit = vi.fn((event: Event) => event.preventDefault());
    render(
      <form onSubmit={(event) => onSubmit(event.nativeEvent)}>
        <Button type="submit" isPending pendingLabel="Sending">
          Send
        </Button>
      </form>,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Sending' }));
    expect(onSubmit).not.toHaveBeenCalled();
  });

  it('is disabled when isDisabled, and then does nothing', () => {
    const onPress = vi.fn();
    render(
      <Button onPress={onPress} isDisabled>
        Save
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    expect((button as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(button);
    expect(onPress).not.toHaveBeenCalled();
  });

  it('takes focus when clicked, so a dialog it opens can give focus back', () => {
    render(<Button>Open</Button>);
    const button = screen.getByRole('button', { name: 'Open' });
    fireEvent.click(button);
    expect(document.activeElement).toBe(button);
  });
});
