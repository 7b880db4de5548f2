import { describe, expect, it } from 'vitest';
import { getEntity } from '../../src-shared/entities';
import { formatRoute, parseRoute } from './routes';

const ID = '0190f3a2-1c2d-7abc-8def-0123456789ab';

describe('parseRoute', () => {
  it('opens the Sales home for an empty fragment', () => {
    expect(parseRoute('')).toMatchObject({ kind: 'list', area: 'sales', entity: { name: 'account' } });
    expect(parseRoute('#/service')).toMatchObject({ kind: 'list', area: 'service', entity: { name: 'account' } });
  });

  it('reads lists, records, new forms with prefill, recently deleted and settings', () => {
    expect(parseRoute('/sales/contacts')).toMatchObject({ kind: 'list', area: 'sales', entity: { name: 'contact' } });
    expect(parseRoute(`/marketing/accounts/${ID.toUpperCase()}`)).toMatchObject({
      kind: 'record',
      area: 'marketing',
      id: ID,
    });
    expect(parseRoute(`/sales/contacts/new?account_id=${ID}&bogus=1`)).toMatchObject({
      kind: 'new',
      entity: { name: 'contact' },
      prefill: { account_id: ID },
    });
    expect(parseRoute('/service/recently-deleted')).toEqual({ kind: 'deleted', area: 'service' });
    expect(parseRoute('/sales/time-spent')).toMatchObject({
      kind: 'page',
      area: 'sales',
      page: { name: 'time-spent' },
    });
    expect(parseRoute('/sales/time-spent/extra')).toMatchObject({ kind: 'not-found' });
    expect(parseRoute('/settings')).toEqual({ kind: 'settings' });
  });

  it('reports unknown places instead of guessing', () => {
    expect(parseRoute('/sales/widgets')).toMatchObject({ kind: 'not-found' });
    expect(parseRoute('/finance/accounts')).toMatchObject({ kind: 'not-found' });
    expect(parseRoute('/sales/accounts/not-an-id')).toMatchObject({ kind: 'not-found' });
    expect(parseRoute(`/sales/accounts/${ID}/extra`)).toMatchObject({ kind: 'not-found' });
  });

  it('round-trips through formatRoute', () => {
    const contact = getEntity('contact');
    for (const route of [
      { kind: 'list', area: 'sales', entity: contact },
      { kind: 'record', area: 'service', entity: contact, id: ID },
      { kind: 'new', area: 'sales', entity: contact, prefill: { account_id: ID } },
      { kind: 'deleted', area: 'marketing' },
      { kind: 'settings' },
    ] as const) {
      expect(parseRoute(formatRoute(route))).toEqual(route);
    }
  });
});
