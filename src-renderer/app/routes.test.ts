import { describe, expect, it } from 'vitest';
import { getEntity, siteMapFor } from '../../src-shared/entities';
import { formatRoute, parseRoute } from './routes';

const ID = '0190f3a2-1c2d-7abc-8def-0123456789ab';

describe('parseRoute', () => {
  it('opens the Sales home, its dashboard, for an empty fragment; other areas on their customers', () => {
    expect(parseRoute('')).toMatchObject({ kind: 'page', area: 'sales', page: { name: 'dashboard' } });
    expect(parseRoute('#/sales')).toMatchObject({ kind: 'page', area: 'sales', page: { name: 'dashboard' } });
    expect(parseRoute('#/service')).toMatchObject({ kind: 'list', area: 'service', entity: { name: 'account' } });
  });

  it('lists the dashboard first in My Work, pages and record types in their declared order', () => {
    for (const area of ['sales', 'service', 'marketing'] as const) {
      const myWork = siteMapFor(area).find((s) => s.group === 'my-work')!;
      const names = myWork.items.map((i) => (i.kind === 'page' ? i.page.name : i.entity.name));
      expect(names.slice(0, 2), area).toEqual(['dashboard', 'activity']);
      expect(names).toContain('time-spent');
    }
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
