/** The hand-written Cookie parser and Set-Cookie builder. */
import { describe, expect, it } from 'vitest';
import { parseCookies, serializeCookie } from './cookies';

describe('parseCookies', () => {
  it('reads name=value pairs, trimming, unquoting and decoding', () => {
    const cookies = parseCookies(' a=1; b="two" ; c=x%20y; d=%E0%A4%A; =nameless; flag');
    expect([...cookies]).toEqual([
      ['a', '1'],
      ['b', 'two'],
      ['c', 'x y'],
      ['d', '%E0%A4%A'],
    ]);
  });

  it('keeps the first of a repeated name, and copes with no header', () => {
    expect(parseCookies('s=first; s=second').get('s')).toBe('first');
    expect(parseCookies(undefined).size).toBe(0);
    expect(parseCookies('').size).toBe(0);
  });
});

describe('serializeCookie', () => {
  it('is always HttpOnly, SameSite=Strict and Path=/; Secure only when asked', () => {
    expect(serializeCookie('s', 'abc', { maxAge: 60, secure: false })).toBe(
      's=abc; Path=/; Max-Age=60; HttpOnly; SameSite=Strict',
    );
    expect(serializeCookie('s', 'a b', { maxAge: -5, secure: true })).toBe(
      's=a%20b; Path=/; Max-Age=0; HttpOnly; SameSite=Strict; Secure',
    );
  });

  it('refuses a name that is not a token', () => {
    expect(() => serializeCookie('a b', 'x', { maxAge: 1, secure: false })).toThrow();
  });
});
