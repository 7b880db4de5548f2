import { describe, expect, it } from 'vitest';
import { splitFragment } from './fragment';

describe('splitFragment', () => {
  it.each([
    ['#token=abc', 'abc', ''],
    ['#token=abc&/sales/accounts', 'abc', '/sales/accounts'],
    ['#/sales/accounts?token=abc', 'abc', '/sales/accounts'],
    ['#/sales/accounts/new?token=abc&account_id=42', 'abc', '/sales/accounts/new?account_id=42'],
    ['#/sales/accounts/new?account_id=42&token=abc', 'abc', '/sales/accounts/new?account_id=42'],
    ['#/sales/accounts/new?a=1&token=abc&b=2', 'abc', '/sales/accounts/new?a=1&b=2'],
    ['#token=a%2Bb%3D', 'a+b=', ''],
  ])('%s -> token %s, route %s', (hash, token, route) => {
    expect(splitFragment(hash)).toEqual({ token, route });
  });

  it('leaves a route without a token alone', () => {
    expect(splitFragment('#/sales/contacts/0190f3a2-0000-7000-8000-000000000001')).toEqual({
      token: null,
      route: '/sales/contacts/0190f3a2-0000-7000-8000-000000000001',
    });
    expect(splitFragment('')).toEqual({ token: null, route: '' });
  });

  it('does not mistake a field named like the token for it', () => {
    expect(splitFragment('#/sales/accounts/new?account_token=x')).toEqual({
      token: null,
      route: '/sales/accounts/new?account_token=x',
    });
  });

  it('treats an empty token as none', () => {
    expect(splitFragment('#token=&/sales/accounts')).toEqual({ token: null, route: '/sales/accounts' });
  });
});
