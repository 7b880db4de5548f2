/**
 * E-mail keys. A whole address is compared without regard to case. A domain
 * says which company someone works for, except at a mail provider anyone
 * can sign up with: two companies using gmail.com are not one company.
 */

/** Mail providers and internet providers whose addresses belong to people, not companies. */
const FREE_MAIL_DOMAINS = new Set(
  [
    // International.
    'gmail.com googlemail.com outlook.com hotmail.com live.com msn.com yahoo.com ymail.com rocketmail.com aol.com',
    'icloud.com me.com mac.com proton.me protonmail.com pm.me tutanota.com tuta.io zoho.com mail.com gmx.com',
    'gmx.net fastmail.com hey.com yandex.com',
    // Internet providers of North America, the UK and Australia.
    'comcast.net verizon.net att.net sbcglobal.net cox.net charter.net shaw.ca rogers.com sympatico.ca',
    'videotron.ca btinternet.com sky.com virginmedia.com talktalk.net ntlworld.com bigpond.com optusnet.com.au',
    // Germany, France, Italy, Central Europe.
    'gmx.de web.de t-online.de freenet.de arcor.de orange.fr wanadoo.fr free.fr sfr.fr laposte.net libero.it',
    'virgilio.it seznam.cz wp.pl o2.pl interia.pl onet.pl',
    // Russia and the CIS.
    'mail.ru bk.ru list.ru inbox.ru internet.ru yandex.ru ya.ru rambler.ru',
    // Iran.
    'chmail.ir',
    // Asia.
    'qq.com 163.com 126.com naver.com daum.net hanmail.net rediffmail.com',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Providers with a domain per country (yahoo.co.uk, hotmail.fr, gmx.at):
 * the provider's label followed only by short country or "co" labels.
 */
const FREE_MAIL_PROVIDERS = new Set(['yahoo', 'hotmail', 'outlook', 'live', 'gmx', 'yandex', 'aol', 'msn']);
const COUNTRY_SUFFIX_LABEL = /^[a-z]{2,3}$/;

export function isFreeMailDomain(domain: string): boolean {
  if (FREE_MAIL_DOMAINS.has(domain)) return true;
  const [provider, ...rest] = domain.split('.');
  return (
    provider !== undefined &&
    FREE_MAIL_PROVIDERS.has(provider) &&
    rest.length > 0 &&
    rest.length <= 2 &&
    rest.every((label) => COUNTRY_SUFFIX_LABEL.test(label))
  );
}

/** The address in lower case; null for something that is not an address. */
export function emailKey(email: string): string | null {
  const address = email.trim().toLowerCase();
  const at = address.lastIndexOf('@');
  return at > 0 && at < address.length - 1 ? address : null;
}

/** The domain of a company address; null for free-mail domains and non-addresses. */
export function emailDomainKey(email: string): string | null {
  const address = emailKey(email);
  if (address === null) return null;
  const domain = address.slice(address.lastIndexOf('@') + 1).replace(/\.+$/, '');
  return domain.includes('.') && !isFreeMailDomain(domain) ? domain : null;
}
