import { describe, expect, it } from 'vitest';
import { openBackend } from './helpers';

async function seeded() {
  const backend = openBackend();
  const acme = await backend.ok('records.create', {
    entity: 'account',
    values: { name: 'Acme Andover', phone: '+1 (555) 010-0200', address_city: 'Boston' },
  });
  const anders = await backend.ok('records.create', {
    entity: 'contact',
    values: {
      first_name: 'Anders',
      last_name: 'Ångström',
      email: 'anders@acme.example',
      job_title: 'Buyer',
      account_id: acme.id,
    },
  });
  const zoe = await backend.ok('records.create', {
    entity: 'contact',
    values: { first_name: 'Zoë', last_name: 'Andover', email: 'zoe@elsewhere.example', address_city: 'Andover' },
  });
  const fa = await backend.ok('records.create', {
    entity: 'contact',
    values: { first_name: 'علی', last_name: 'رضایی' },
  });
  return { backend, acme, anders, zoe, fa };
}

describe('global search', () => {
  it('matches prefixes across entities, grouped by entity, names first', async () => {
    const { backend, acme, anders, zoe } = await seeded();
    const groups = await backend.ok('search.global', { text: 'and' });
    expect(groups.map((g) => g.entity)).toEqual(['account', 'contact']);
    expect(groups[0]?.items.map((i) => i.id)).toEqual([acme.id]);
    expect(groups[0]?.items[0]?.detail).toBe('Boston · +1 (555) 010-0200');
    expect(groups[1]?.items.map((i) => i.id)).toEqual([anders.id, zoe.id]);
    expect(groups[1]?.items[0]?.detail).toBe('Buyer · anders@acme.example');
  });

  it('ignores case and accents, finds e-mail parts, phone digits and non-Latin scripts', async () => {
    const { backend, anders, zoe, fa, acme } = await seeded();
    const ids = async (text: string) =>
      (await backend.ok('search.global', { text })).flatMap((g) => g.items.map((i) => i.id));
    expect(await ids('ANGSTR')).toEqual([anders.id]);
    expect(await ids('zoe')).toEqual([zoe.id]);
    expect(await ids('elsewhere.exa')).toEqual([zoe.id]);
    expect(await ids('1555010')).toEqual([acme.id]);
    expect(await ids('555 010')).toEqual([acme.id]);
    expect(await ids('رضا')).toEqual([fa.id]);
    expect(await ids('anders acme')).toEqual([anders.id]);
  });

  it.each([
    '"',
    '*',
    'AND',
    '(',
    '-',
    'NEAR(a b)',
    'a:b',
    '^x',
    '"unterminated',
    'OR OR',
    ')))',
    '{first_name}:x',
    '\u0000',
    '🙂',
  ])('survives hostile input %j', async (text) => {
    const { backend } = await seeded();
    const result = await backend.call('search.global', { text });
    expect(result.ok).toBe(true);
    const list = await backend.call('records.list', { entity: 'contact', quickFind: text });
    expect(list.ok).toBe(true);
    const lookup = await backend.call('records.lookup', { entity: 'account', text });
    expect(lookup.ok).toBe(true);
  });

  it('follows edits and respects limits', async () => {
    const { backend, zoe } = await seeded();
    await backend.ok('records.update', { entity: 'contact', id: zoe.id, values: { last_name: 'Quimby' } });
    const found = async (text: string) =>
      (await backend.ok('search.global', { text })).flatMap((g) => g.items.map((i) => i.id));
    expect(await found('quim')).toEqual([zoe.id]);
    // Still found by the city, no longer by the old surname.
    await backend.ok('records.update', { entity: 'contact', id: zoe.id, values: { address_city: 'Paris' } });
    expect(await found('andover')).not.toContain(zoe.id);
    for (let i = 0; i < 8; i++)
      await backend.ok('records.create', { entity: 'contact', values: { last_name: `Many${i}` } });
    const limited = await backend.ok('search.global', { text: 'many', limitPerType: 3 });
    expect(limited[0]?.items).toHaveLength(3);
    expect(await backend.ok('search.global', { text: '   ' })).toEqual([]);
  });
});

describe('lookups', () => {
  it('offers live records by prefix and the first by name without text', async () => {
    const { backend, acme } = await seeded();
    await backend.ok('records.create', { entity: 'account', values: { name: 'Beta' } });
    expect((await backend.ok('records.lookup', { entity: 'account', text: 'acm' })).map((i) => i.name)).toEqual([
      'Acme Andover',
    ]);
    expect((await backend.ok('records.lookup', { entity: 'account', text: '', limit: 1 })).map((i) => i.id)).toEqual([
      acme.id,
    ]);
    expect(await backend.ok('records.lookup', { entity: 'account', text: 'zzz' })).toEqual([]);
  });
});
