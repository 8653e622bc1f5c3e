import { describe, expect, it } from 'vitest';
import { codePoints, isAcceptedReference, ORDER_ID_PATTERN } from '../limits';

describe('evidence references', () => {
  it('accepts https URLs and stored-file ids', () => {
    expect(isAcceptedReference('https://img.example.com/order-1001/crack.jpg')).toBe(true);
    expect(isAcceptedReference('HTTPS://IMG.EXAMPLE.COM/a.jpg')).toBe(true);
    expect(isAcceptedReference('file-7f3a9c.jpg')).toBe(true);
    expect(isAcceptedReference('oss:bucket:123')).toBe(true);
  });

  it('refuses other schemes, even when they look like an id', () => {
    for (const reference of [
      'javascript:alert(1)',
      'javascript:alert',
      'JavaScript:void',
      ' data:text',
      'data:text/html;base64,PHNjcmlwdD4=',
      'http://img.example.com/a.jpg',
      'ftp://example.com/a',
      'vbscript:x',
      'https://',
      'https://exa mple.com',
      '-leading-dash',
      'a'.repeat(129),
      '',
    ]) {
      expect(isAcceptedReference(reference), reference).toBe(false);
    }
  });
});

describe('order ids', () => {
  it('allow letters, digits and -_.:/#', () => {
    expect(ORDER_ID_PATTERN.test('order-1001')).toBe(true);
    expect(ORDER_ID_PATTERN.test('SHOP/2026#12_a.b:c')).toBe(true);
    expect(ORDER_ID_PATTERN.test('order 1001')).toBe(false);
    expect(ORDER_ID_PATTERN.test('订单1001')).toBe(false);
    expect(ORDER_ID_PATTERN.test('<script>')).toBe(false);
  });
});

describe('lengths', () => {
  it('count code points as the server does', () => {
    expect(codePoints('😀😀')).toBe(2);
    expect(codePoints('保温杯')).toBe(3);
  });
});
