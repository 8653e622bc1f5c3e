import { describe, expect, it } from 'vitest';
import { formatFen, parseYuan, remaining } from '../format';

describe('money', () => {
  it('shows fen as yuan with two decimals', () => {
    expect(formatFen(12900)).toBe('¥129.00');
    expect(formatFen(5)).toBe('¥0.05');
    expect(formatFen(123456789)).toBe('¥1,234,567.89');
  });

  it('reads yuan exactly into fen, without floating point', () => {
    expect(parseYuan('129')).toBe(12900);
    expect(parseYuan('129.5')).toBe(12950);
    expect(parseYuan('0.29')).toBe(29); // 0.29 * 100 is 28.999… in floating point
    expect(parseYuan('1.005')).toBeNull();
    expect(parseYuan('-1')).toBeNull();
    expect(parseYuan('abc')).toBeNull();
  });
});

describe('countdown', () => {
  it('splits the time left into days, hours, minutes and seconds', () => {
    const now = Date.parse('2026-12-01T00:00:00Z');
    expect(remaining('2026-12-03T03:04:05Z', now)).toEqual({ overdue: false, days: 2, hours: 3, minutes: 4, seconds: 5 });
  });

  it('says how long ago a deadline passed', () => {
    const now = Date.parse('2026-12-01T01:00:00Z');
    expect(remaining('2026-12-01T00:30:00Z', now)).toMatchObject({ overdue: true, minutes: 30 });
  });
});
