import { describe, expect, it } from 'vitest';
import { emailDomainKey, emailKey, isFreeMailDomain } from './email-key';

describe('email keys', () => {
  it('compares whole addresses without regard to case', () => {
    expect(emailKey(' John.Smith@Example.COM ')).toBe('john.smith@example.com');
    expect(emailKey('not an address')).toBeNull();
    expect(emailKey('@example.com')).toBeNull();
  });

  it('takes the company domain of an address', () => {
    expect(emailDomainKey('Sales@Contoso.com')).toBe('contoso.com');
    expect(emailDomainKey('info@romashka.ru')).toBe('romashka.ru');
    expect(emailDomainKey('info@kian.co.ir')).toBe('kian.co.ir');
  });

  it.each([
    'gmail.com',
    'yahoo.com',
    'yahoo.co.uk',
    'outlook.com',
    'hotmail.com',
    'hotmail.fr',
    'mail.ru',
    'yandex.ru',
    'icloud.com',
    'gmx.de',
    'web.de',
    'orange.fr',
    'chmail.ir',
  ])('ignores the free-mail domain %s', (domain) => {
    expect(isFreeMailDomain(domain)).toBe(true);
    expect(emailDomainKey(`someone@${domain}`)).toBeNull();
  });

  it('does not take company subdomains named like a provider for free mail', () => {
    expect(isFreeMailDomain('live.contoso.com')).toBe(false);
    expect(isFreeMailDomain('mail.contoso.ru')).toBe(false);
  });
});
