import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin, tokenMatches } from '../../../../src-main/hosts/web/request-guard';

describe('request guards', () => {
  it('accepts only loopback names with our port as Host', () => {
    expect(isAllowedHost('127.0.0.1:5000', 5000)).toBe(true);
    expect(isAllowedHost('LOCALHOST:5000', 5000)).toBe(true);
    expect(isAllowedHost('127.0.0.1', 5000)).toBe(false);
    expect(isAllowedHost('127.0.0.1:5001', 5000)).toBe(false);
    expect(isAllowedHost('rebind.attacker.example:5000', 5000)).toBe(false);
    expect(isAllowedHost('[::1]:5000', 5000)).toBe(false);
    expect(isAllowedHost(undefined, 5000)).toBe(false);
  });

  it('accepts a missing Origin or our own', () => {
    expect(isAllowedOrigin(undefined, 5000)).toBe(true);
    expect(isAllowedOrigin('http://127.0.0.1:5000', 5000)).toBe(true);
    expect(isAllowedOrigin('http://localhost:5000', 5000)).toBe(true);
    expect(isAllowedOrigin('null', 5000)).toBe(false);
    expect(isAllowedOrigin('http://127.0.0.1:5000.evil.example', 5000)).toBe(false);
    expect(isAllowedOrigin('https://127.0.0.1:5000', 5000)).toBe(false);
  });

  it('matches the token exactly', () => {
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('abcd', 'abc')).toBe(false);
    expect(tokenMatches('', 'abc')).toBe(false);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
  });
});
