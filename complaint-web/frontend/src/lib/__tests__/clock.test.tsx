import { act, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useNow } from '../clock';

function Clock({ id }: { id: string }) {
  return <span data-testid={id}>{useNow()}</span>;
}

describe('the shared clock', () => {
  afterEach(() => vi.useRealTimers());

  it('ticks every second for all its readers with a single timer', () => {
    vi.useFakeTimers();
    const timers = vi.spyOn(window, 'setInterval');
    render(
      <>
        {Array.from({ length: 50 }, (_, index) => (
          <Clock key={index} id={`clock-${index}`} />
        ))}
      </>,
    );
    expect(timers).toHaveBeenCalledTimes(1);
    const before = Number(screen.getByTestId('clock-0').textContent);
    act(() => vi.advanceTimersByTime(3000));
    expect(Number(screen.getByTestId('clock-0').textContent)).toBe(before + 3000);
    expect(screen.getByTestId('clock-49').textContent).toBe(screen.getByTestId('clock-0').textContent);
  });
});
