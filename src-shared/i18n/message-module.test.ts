import { describe, expect, it } from 'vitest';
import { defineMessages, mergeCatalog } from './message-module';

describe('message modules', () => {
  const base = { field: { account: { name: 'Account name' } }, app: { name: 'CRM' } };

  it('adds a module’s keys beside the base ones without changing the base', () => {
    const module = defineMessages({
      en: { field: { activity: { subject: 'Subject' } } },
      ru: { field: { activity: { subject: 'Тема' } } },
      fa: { field: { activity: { subject: 'موضوع' } } },
    });
    const merged = mergeCatalog(base, [module.ru]);
    expect(merged).toEqual({
      field: { account: { name: 'Account name' }, activity: { subject: 'Тема' } },
      app: { name: 'CRM' },
    });
    expect(base.field).toEqual({ account: { name: 'Account name' } });
  });

  it('refuses a message defined twice', () => {
    expect(() => mergeCatalog(base, [{ app: { name: 'Other' } }])).toThrow('Message "app.name" is defined twice.');
  });

  it('refuses a key that is a message in one place and a group in another', () => {
    expect(() => mergeCatalog(base, [{ app: { name: { short: 'C' } } }])).toThrow('both a message and a group');
  });
});
