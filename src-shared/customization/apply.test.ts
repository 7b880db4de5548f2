import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGS, messageAt } from '../i18n';
import { getEntity } from '../entities/registry';
import { activateCustomizations } from './activate';
import { onSchemaChange, schemaGeneration } from './apply';
import { NO_CUSTOMIZATIONS, type CustomFieldDefinition, type Customizations } from './types';

const field = (over: Partial<CustomFieldDefinition>): CustomFieldDefinition => ({
  id: '00000000-0000-7000-8000-000000000001',
  entity: 'account',
  name: 'cf_region',
  type: 'choice',
  labels: { en: 'Region', fa: 'منطقه' },
  required: false,
  searchable: false,
  inList: true,
  section: 'custom',
  choices: [{ value: 'north', labels: { en: 'North' } }],
  target: null,
  activityType: null,
  importantDate: false,
  hidden: false,
  ...over,
});

const custom: Customizations = {
  fields: [
    field({}),
    field({ id: '2', name: 'cf_note', type: 'text', labels: { ru: 'Заметка' }, inList: false, section: 'details' }),
    field({ id: '3', name: 'cf_gone', type: 'text', hidden: true }),
    field({ id: '4', entity: 'activity', name: 'cf_site', type: 'text', activityType: 'ct_visit', section: 'custom' }),
  ],
  activityTypes: [{ id: '5', value: 'ct_visit', labels: { en: 'Visit' }, icon: 'map-pin', hidden: false }],
  choiceLists: [],
};

/** Lead sources edited: a value added before Website, Website renamed in English only, Referral hidden. */
const leadSources: Customizations = {
  ...NO_CUSTOMIZATIONS,
  choiceLists: [
    { id: 'o1', choiceSet: 'lead_source', value: 'cc_partner', labels: { en: 'Partner', fa: 'شریک' }, hidden: false },
    { id: 'o2', choiceSet: 'lead_source', value: 'website', labels: { en: 'Web form' }, hidden: false },
    { id: 'o3', choiceSet: 'lead_source', value: 'referral', labels: {}, hidden: true },
  ],
};

const choicesOf = (entity: string, name: string) => {
  const f = getEntity(entity).fields.find((x) => x.name === name);
  return f?.type === 'choice' ? { choices: f.choices, retired: f.retired ?? [] } : null;
};

afterEach(() => activateCustomizations(NO_CUSTOMIZATIONS));

describe('applying customizations', () => {
  it('adds visible custom fields after the built-in ones, with their section and list column', () => {
    const before = getEntity('account').fields.length;
    const generation = schemaGeneration();
    let told = 0;
    const off = onSchemaChange(() => (told += 1));
    activateCustomizations(custom);
    off();
    const account = getEntity('account');
    expect(account.fields.length).toBe(before + 2);
    expect(account.fields.slice(-2).map((f) => [f.name, f.type, f.section])).toEqual([
      ['cf_region', 'choice', 'custom'],
      ['cf_note', 'text', 'details'],
    ]);
    expect(account.sections.at(-1)).toBe('custom');
    expect(account.listColumns.at(-1)).toBe('cf_region');
    expect(told).toBe(1);
    expect(schemaGeneration()).toBe(generation + 1);
  });

  it('installs user-written labels under the metadata keys, falling back to another language', () => {
    activateCustomizations(custom);
    expect(messageAt(CATALOGS.fa, 'field.account.cf_region')).toBe('منطقه');
    expect(messageAt(CATALOGS.ru, 'field.account.cf_region')).toBe('Region');
    expect(messageAt(CATALOGS.en, 'field.account.cf_note')).toBe('Заметка');
    expect(messageAt(CATALOGS.en, 'choice.account_cf_region.north')).toBe('North');
    expect(messageAt(CATALOGS.en, 'section.account.custom')).toBe('Additional fields');
    expect(messageAt(CATALOGS.en, 'choice.activity_type.ct_visit')).toBe('Visit');
  });

  it('makes custom activity types values of the type field that get the task fields and their own', () => {
    activateCustomizations(custom);
    const activity = getEntity('activity');
    const type = activity.fields.find((f) => f.name === 'activity_type');
    expect(type?.type === 'choice' && type.choices.at(-1)).toBe('ct_visit');
    expect(type?.type === 'choice' && type.icons?.['ct_visit']).toBe('map-pin');
    expect(activity.fields.find((f) => f.name === 'due_date')?.appliesTo?.values).toContain('ct_visit');
    expect(activity.fields.find((f) => f.name === 'cf_site')?.appliesTo).toEqual({
      field: 'activity_type',
      values: ['ct_visit'],
    });
  });

  it('goes back to the declarations (and drops the labels) when the customizations are removed', () => {
    const declared = getEntity('account').fields.length;
    activateCustomizations(custom);
    activateCustomizations(NO_CUSTOMIZATIONS);
    expect(getEntity('account').fields.length).toBe(declared - 0);
    expect(getEntity('account').fields.some((f) => f.name.startsWith('cf_'))).toBe(false);
    expect(messageAt(CATALOGS.en, 'field.account.cf_region')).toBeUndefined();
    expect(getEntity('activity').fields.find((f) => f.name === 'due_date')?.appliesTo?.values).not.toContain(
      'ct_visit',
    );
  });

  it('gives every field of an edited choice list its values in order, with hidden ones retired', () => {
    const declared = choicesOf('lead', 'lead_source')?.choices ?? [];
    activateCustomizations(leadSources);
    for (const entity of ['lead', 'opportunity']) {
      expect(choicesOf(entity, 'lead_source')).toEqual({
        choices: ['cc_partner', 'website', 'referral', ...declared.filter((v) => v !== 'website' && v !== 'referral')],
        retired: ['referral'],
      });
    }
    activateCustomizations(NO_CUSTOMIZATIONS);
    expect(choicesOf('lead', 'lead_source')).toEqual({ choices: declared, retired: [] });
  });

  it('renames a built-in value only in the languages given, and restores the built-in label afterwards', () => {
    const builtInRu = messageAt(CATALOGS.ru, 'choice.lead_source.website');
    const builtInEn = messageAt(CATALOGS.en, 'choice.lead_source.website');
    const messages = activateCustomizations(leadSources);
    expect(messageAt(CATALOGS.en, 'choice.lead_source.website')).toBe('Web form');
    expect(messageAt(CATALOGS.ru, 'choice.lead_source.website')).toBe(builtInRu);
    expect(messageAt(CATALOGS.fa, 'choice.lead_source.cc_partner')).toBe('شریک');
    expect(messageAt(CATALOGS.ru, 'choice.lead_source.cc_partner')).toBe('Partner');
    // Every option's label is handed to the UI library, so an earlier rename there is overwritten.
    expect(messages.ru['choice.lead_source.referral']).toBe(messageAt(CATALOGS.ru, 'choice.lead_source.referral'));
    const unnamed = { ...leadSources, choiceLists: leadSources.choiceLists.map((o) => ({ ...o, labels: {} })) };
    expect(activateCustomizations(unnamed).en['choice.lead_source.website']).toBe(builtInEn);
    activateCustomizations(NO_CUSTOMIZATIONS);
    expect(messageAt(CATALOGS.en, 'choice.lead_source.website')).toBe(builtInEn);
    expect(messageAt(CATALOGS.en, 'choice.lead_source.cc_partner')).toBeUndefined();
  });
});
