import { ENTITY_NAMES } from '../../src-shared/entities';
import { describe, expect, it } from 'vitest';
import { openBackend, tempDataDir } from './helpers';

describe('app state, onboarding and settings', () => {
  it('onboards with "Start empty" and remembers the choice', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    const states: string[] = [];
    backend.on('app-state-changed', (e) => states.push(e.state));
    expect((await backend.ok('app.info', {})).state).toBe('onboarding');
    expect((await backend.ok('app.startEmpty', {})).state).toBe('ready');
    expect(states).toEqual(['ready']);
    backend.close();
    expect((await openBackend(dataDir).ok('app.info', undefined)).state).toBe('ready');
  });

  it('loads the sample company once, through the bulk path, with audit and outbox entries', async () => {
    const backend = openBackend();
    const changes: string[][] = [];
    backend.on('records-changed', (e) => changes.push([...e.entities]));
    const result = await backend.ok('app.loadSample', {});
    expect(result.accounts).toBeGreaterThanOrEqual(150);
    expect(result.contacts).toBeGreaterThanOrEqual(600);
    expect(changes).toEqual([[...ENTITY_NAMES]]);
    // The sales team's recent work with them: completed activities make "Time spent" meaningful.
    const spent = await backend.ok('activities.timeReport', { groupBy: 'customer' });
    expect(spent.count).toBeGreaterThan(50);
    expect((await backend.ok('app.info', {})).state).toBe('ready');
    const contacts = await backend.ok('records.list', { entity: 'contact', limit: 500 });
    expect(contacts.rows).toHaveLength(500);
    expect(contacts.nextCursor).not.toBeNull();
    const withAccount = contacts.rows.find((r) => r.values['account_id']);
    expect(withAccount?.lookups['account_id']?.name).toBeTruthy();
    const history = await backend.ok('records.history', { entity: 'contact', id: contacts.rows[0]!.id });
    expect(history).toEqual([expect.objectContaining({ action: 'create', field: null })]);
    // The sales side, written through the sales commands: won deals have their orders and invoices.
    const won = await backend.ok('records.list', {
      entity: 'opportunity',
      filters: [{ field: 'status', op: 'eq', value: 'won' }],
    });
    expect(won.rows.length).toBeGreaterThanOrEqual(8);
    expect((await backend.ok('records.list', { entity: 'invoice' })).rows).toHaveLength(won.rows.length);
    const open = await backend.ok('records.list', {
      entity: 'opportunity',
      filters: [
        { field: 'status', op: 'eq', value: 'open' },
        { field: 'revenue_mode', op: 'eq', value: 'calculated' },
      ],
      columns: ['total_amount', 'estimated_revenue'],
    });
    expect(open.rows.length).toBeGreaterThan(10);
    expect(open.rows.every((r) => r.values['estimated_revenue'] === r.values['total_amount'])).toBe(true);
    const again = await backend.fail('app.loadSample', {});
    expect(again).toMatchObject({ code: 'CONFLICT', messageKey: 'error.sample_not_empty' });
  });

  it('leaves onboarding by itself once records exist', async () => {
    const backend = openBackend();
    await backend.ok('records.create', { entity: 'account', values: { name: 'Acme' } });
    expect((await backend.ok('app.info', {})).state).toBe('ready');
  });

  it('persists settings, defaulting to English and the OS theme', async () => {
    const dataDir = tempDataDir();
    const backend = openBackend(dataDir);
    expect(await backend.ok('settings.get', {})).toEqual({ language: 'en', theme: 'auto' });
    expect(await backend.ok('settings.update', { language: 'fa' })).toEqual({ language: 'fa', theme: 'auto' });
    expect(await backend.ok('settings.update', { theme: 'dark' })).toEqual({ language: 'fa', theme: 'dark' });
    backend.close();
    const reopened = openBackend(dataDir);
    expect(await reopened.ok('settings.get', {})).toEqual({ language: 'fa', theme: 'dark' });
    expect((await reopened.ok('app.info', {})).settings).toEqual({ language: 'fa', theme: 'dark' });
  });

  it('answers calls after close with an error instead of throwing', async () => {
    const backend = openBackend();
    await backend.ok('app.info', {});
    backend.close();
    expect((await backend.fail('app.info', {})).code).toBe('DATABASE');
  });
});
