import { describe, expect, it } from 'vitest';
import { expectIssues, openBackend, tempDataDir } from './helpers';

/** Custom activity types with fields of their own, and contacts' upcoming important dates. */

describe('custom activity types', () => {
  it('adds a type with its own fields that only records of that type have', async () => {
    const dataDir = tempDataDir();
    let backend = openBackend(dataDir);
    const custom = await backend.ok('customization.saveActivityType', {
      labels: { en: 'Site visit', fa: 'بازدید از محل' },
      icon: 'map-pin',
    });
    const visit = custom.activityTypes[0]!;
    expect(visit).toMatchObject({ value: 'ct_site_visit', icon: 'map-pin', hidden: false });
    await backend.ok('customization.addField', {
      entity: 'activity',
      name: 'site_address',
      type: 'text',
      labels: { en: 'Site address' },
      activityType: visit.value,
      required: true,
    });
    expectIssues(
      await backend.fail('customization.addField', {
        entity: 'activity',
        name: 'other',
        type: 'text',
        labels: { en: 'Other' },
        activityType: 'ct_nothing',
      }),
      [['activityType', 'customization.error.bad_activity_type']],
    );
    // Required on its own type, unknown on the others.
    expectIssues(
      await backend.fail('records.create', {
        entity: 'activity',
        values: { activity_type: visit.value, subject: 'Visit' },
      }),
      [['values.cf_site_address', 'validation.required']],
    );
    const created = await backend.ok('records.create', {
      entity: 'activity',
      values: {
        activity_type: visit.value,
        subject: 'Visit the warehouse',
        cf_site_address: 'Dock 4',
        due_date: '2025-06-03T10:00:00.000Z',
      },
    });
    expect(created.values).toMatchObject({ activity_type: 'ct_site_visit', cf_site_address: 'Dock 4', status: 'open' });
    const task = await backend.ok('records.create', {
      entity: 'activity',
      values: { activity_type: 'task', subject: 'Call back', cf_site_address: 'ignored' },
    });
    expect(task.values['cf_site_address'] ?? null).toBeNull();
    backend.close();

    backend = openBackend(dataDir);
    const list = await backend.ok('records.list', {
      entity: 'activity',
      filters: [{ field: 'activity_type', op: 'eq', value: 'ct_site_visit' }],
      columns: ['cf_site_address'],
    });
    expect(list.rows.map((r) => r.values['cf_site_address'])).toEqual(['Dock 4']);
    await backend.ok('customization.saveActivityType', {
      id: visit.id,
      labels: { en: 'Customer site visit' },
      icon: 'car',
    });
    expect((await backend.ok('customization.get')).activityTypes).toEqual([
      expect.objectContaining({ value: 'ct_site_visit', icon: 'car', labels: { en: 'Customer site visit' } }),
    ]);
    expectIssues(await backend.fail('customization.saveActivityType', { labels: { en: ' ' }, icon: 'car' }), [
      ['labels', 'customization.error.no_label'],
    ]);
  });
});

describe('upcoming important dates', () => {
  it('lists birthdays and important custom dates of the next days, across the year end and for 29 February', async () => {
    const now = Date.parse('2025-12-28T09:00:00Z');
    const backend = openBackend(tempDataDir(), { now: () => now });
    await backend.ok('customization.addField', {
      entity: 'contact',
      name: 'wedding_anniversary',
      type: 'date',
      labels: { en: 'Wedding anniversary' },
      importantDate: true,
    });
    await backend.ok('customization.addField', {
      entity: 'contact',
      name: 'first_order',
      type: 'date',
      labels: { en: 'First order' },
    });
    const mk = (last_name: string, values: object) =>
      backend.ok('records.create', { entity: 'contact', values: { last_name, ...values } });
    await mk('Newyear', { birthday: '1990-01-02' });
    await mk('Today', { birthday: '1985-12-28' });
    await mk('Married', { cf_wedding_anniversary: '2010-12-31', cf_first_order: '2020-12-29' });
    await mk('Far', { birthday: '1970-03-15' });
    const dates = await backend.ok('contacts.upcomingDates', { days: 7, timeZone: 'UTC' });
    expect(dates.map((d) => [d.contactName, d.kind, d.next, d.daysAway])).toEqual([
      ['Today', 'birthday', '2025-12-28', 0],
      ['Married', 'cf_wedding_anniversary', '2025-12-31', 3],
      ['Newyear', 'birthday', '2026-01-02', 5],
    ]);

    const leapNow = Date.parse('2027-02-25T09:00:00Z');
    const later = openBackend(tempDataDir(), { now: () => leapNow });
    await later.ok('records.create', { entity: 'contact', values: { last_name: 'Leap', birthday: '1992-02-29' } });
    expect((await later.ok('contacts.upcomingDates', { days: 5 })).map((d) => d.next)).toEqual(['2027-02-28']);
  });
});
