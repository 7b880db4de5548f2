import { describe, expect, it } from 'vitest';
import { getEntity } from '../../src-shared/entities';
import { prepareWrite } from '../../src-shared/rules/write-rules';
import { generateSampleActivities } from './activity-records';
import { generateSampleCompany } from './generate';

const TODAY = Date.UTC(2025, 5, 2);
const USER = '0190b5a2-5d5e-7c5a-8f5e-1234567890ab';

describe('sample activities', () => {
  const { accounts, contacts } = generateSampleCompany();
  const activities = generateSampleActivities(accounts, contacts, USER, TODAY);

  it('are the same for the same seed and day, and valid activities', () => {
    expect(generateSampleActivities(accounts, contacts, USER, TODAY)).toEqual(activities);
    expect(activities.length).toBeGreaterThan(100);
    const entity = getEntity('activity');
    for (const a of activities) expect(prepareWrite(entity, a.values, 'create', null, TODAY).issues).toEqual([]);
    expect(new Set(activities.map((a) => a.id)).size).toBe(activities.length);
  });

  it('are about the sample’s own accounts and contacts, past ones completed with a duration', () => {
    const known = new Set([...accounts.map((a) => `account:${a.id}`), ...contacts.map((c) => `contact:${c.id}`)]);
    expect(activities.every((a) => known.has(String(a.values['regarding'])))).toBe(true);
    const done = activities.filter((a) => a.values['status'] === 'completed');
    expect(done.length).toBeGreaterThan(activities.length / 2);
    expect(done.every((a) => typeof a.values['actual_duration'] === 'number')).toBe(true);
    expect(done.every((a) => Date.parse(String(a.values['actual_end'])) < TODAY)).toBe(true);
    expect(activities.some((a) => a.values['reminder'])).toBe(true);
  });
});
