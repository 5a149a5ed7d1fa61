// ScoreChoice: ten radios named with their anchor words, click and arrow-key selection, extra
// options, and value conversion (numbers, extra strings, null).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { ScoreChoice, type ScoreValue } from './ScoreChoice';

const anchors = {
  1: 'It stops me completely',
  4: 'It gets in the way a lot',
  7: 'It gets in the way a little',
  10: "It doesn't hold me back",
};

function renderScore(value?: ScoreValue, onChange = vi.fn()) {
  render(
    <ScoreChoice
      id="score-health"
      label="How much does your physical health hold you back?"
      hint="1 means it stops you completely"
      anchors={anchors}
      extraOptions={[{ value: 'varies', label: 'It changes too much to say' }]}
      dividerLabel="or"
      value={value}
      onChange={onChange}
    />,
  );
  return onChange;
}

// Vitest runs without globals here, so Testing Library cannot register its own cleanup.
afterEach(cleanup);

describe('ScoreChoice', () => {
  it('is a radio group of ten scores plus the extra options', () => {
    renderScore();
    screen.getByRole('radiogroup', {
      name: 'How much does your physical health hold you back?',
      description: '1 means it stops you completely',
    });
    const radios = screen.getAllByRole('radio');
    expect(radios).toHaveLength(11);
    expect(screen.getByRole('radio', { name: 'It changes too much to say' })).toBeTruthy();
  });

  it('includes the anchor words in the names of anchored scores only', () => {
    renderScore();
    expect(screen.getByRole('radio', { name: '1 It stops me completely' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '4 It gets in the way a lot' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: "10 It doesn't hold me back" })).toBeTruthy();
    expect(screen.getByRole('radio', { name: '5' })).toBeTruthy();
  });

  it('selects a score by click and reports a number', () => {
    const onChange = renderScore();
    fireEvent.click(screen.getByRole('radio', { name: '3' }));
    expect(onChange).toHaveBeenLastCalledWith(3);
  });

  it('moves and selects with the arrow keys, like any radio group', () => {
    const onChange = vi.fn();
    function Stateful() {
      const [value, setValue] = useState<ScoreValue>(3);
      return (
        <ScoreChoice
          label="Confidence"
          anchors={anchors}
          value={value}
          onChange={(next) => {
            setValue(next);
            onChange(next);
          }}
        />
      );
    }
    render(<Stateful />);
    const three = screen.getByRole<HTMLInputElement>('radio', { name: '3' });
    expect(three.checked).toBe(true);
    expect(three.tabIndex).toBe(0);
    act(() => three.focus());
    fireEvent.keyDown(three, { key: 'ArrowRight' });
    expect(onChange).toHaveBeenLastCalledWith(4);
    expect(document.activeElement).toBe(screen.getByRole('radio', { name: /^4 / }));
    fireEvent.keyDown(document.activeElement as Element, { key: 'ArrowLeft' });
    expect(onChange).toHaveBeenLastCalledWith(3);
  });

  it('reports an extra option as its string and shows a string value as chosen', () => {
    const onChange = renderScore('varies');
    const varies = screen.getByRole<HTMLInputElement>('radio', {
      name: 'It changes too much to say',
    });
    expect(varies.checked).toBe(true);
    fireEvent.click(screen.getByRole('radio', { name: /^7 / }));
    expect(onChange).toHaveBeenLastCalledWith(7);
  });

  it('shows nothing chosen for null and lets Tab land on the first score', () => {
    renderScore(null);
    const radios = screen.getAllByRole<HTMLInputElement>('radio');
    expect(radios.every((radio) => !radio.checked)).toBe(true);
    expect(radios[0]?.tabIndex).toBe(0);
  });
});
