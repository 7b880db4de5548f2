import { describe, expect, it } from 'vitest';
import { effectiveChoices, planChoiceList } from './choice-lists';
import type { ChoiceListOption } from './types';

const BUILT_IN = ['website', 'trade_show', 'referral'];
const option = (value: string, over: Partial<ChoiceListOption> = {}): ChoiceListOption => ({
  id: value,
  choiceSet: 'lead_source',
  value,
  labels: {},
  hidden: false,
  ...over,
});
const keys = (result: ReturnType<typeof planChoiceList>) => result.issues.map((i) => [i.path.join('.'), i.messageKey]);

describe('effective choices of an edited list', () => {
  it('are the declared ones until the list is edited', () => {
    expect(effectiveChoices(BUILT_IN, [])).toEqual({ choices: BUILT_IN, retired: [] });
  });

  it('follow the stored order, keep hidden values valid, and append declared values the list does not know', () => {
    const stored = [option('referral'), option('cc_fair'), option('website', { hidden: true })];
    expect(effectiveChoices(BUILT_IN, stored)).toEqual({
      choices: ['referral', 'cc_fair', 'website', 'trade_show'],
      retired: ['website'],
    });
  });
});

describe('planning an edited list', () => {
  const all = BUILT_IN.map((value) => ({ value, labels: {} }));

  it('adds values with a prefixed value made from the name, reorders, renames and hides', () => {
    const result = planChoiceList(
      'lead_source',
      BUILT_IN,
      [],
      [
        { labels: { en: 'Partner portal', ru: 'Портал партнёров' } },
        { value: 'referral', labels: { en: '  Word of mouth ' } },
        { value: 'website', labels: {}, hidden: true },
        { value: 'trade_show', labels: {} },
        { labels: { fa: 'نمایشگاه' } },
      ],
    );
    expect(result.issues).toEqual([]);
    expect(result.options).toEqual([
      { value: 'cc_partner_portal', labels: { en: 'Partner portal', ru: 'Портал партнёров' }, hidden: false },
      { value: 'referral', labels: { en: 'Word of mouth' }, hidden: false },
      { value: 'website', labels: {}, hidden: true },
      { value: 'trade_show', labels: {}, hidden: false },
      // A name with no Latin letters still gets a usable value.
      { value: 'cc_option_5', labels: { fa: 'نمایشگاه' }, hidden: false },
    ]);
  });

  it('never gives a new value one that exists', () => {
    const stored = [...BUILT_IN.map((v) => option(v)), option('cc_partner', { labels: { en: 'Old partner' } })];
    const result = planChoiceList('lead_source', BUILT_IN, stored, [
      ...stored.map((o) => ({ value: o.value, labels: o.labels })),
      { labels: { en: 'Partner' } },
    ]);
    expect(result.options.at(-1)?.value).toBe('cc_partner_2');
  });

  it('refuses a list that drops a value, repeats one, or names one it does not hold', () => {
    expect(keys(planChoiceList('lead_source', BUILT_IN, [], all.slice(1)))).toEqual([
      ['options', 'choice_lists.error.value_missing'],
    ]);
    expect(keys(planChoiceList('lead_source', BUILT_IN, [], [...all, all[0]!]))).toEqual([
      ['options.3', 'choice_lists.error.duplicate_value'],
    ]);
    expect(
      keys(planChoiceList('lead_source', BUILT_IN, [], [...all, { value: 'cc_ghost', labels: { en: 'G' } }])),
    ).toEqual([['options.3', 'choice_lists.error.unknown_value']]);
  });

  it('refuses a new value without a name, two values with the same name, and hiding everything', () => {
    expect(keys(planChoiceList('lead_source', BUILT_IN, [], [...all, { labels: { en: '   ' } }]))).toEqual([
      ['options.3.labels', 'choice_lists.error.label_required'],
    ]);
    expect(
      keys(
        planChoiceList(
          'lead_source',
          BUILT_IN,
          [],
          [{ value: 'website', labels: { en: 'Web' } }, ...all.slice(1), { labels: { en: 'web' } }],
        ),
      ),
    ).toEqual([['options.3.labels', 'choice_lists.error.duplicate_label']]);
    expect(
      keys(
        planChoiceList(
          'lead_source',
          BUILT_IN,
          [],
          all.map((o) => ({ ...o, hidden: true })),
        ),
      ),
    ).toEqual([['options', 'choice_lists.error.none_offered']]);
  });

  it('refuses a choice set that is not editable', () => {
    expect(keys(planChoiceList('relationship_type', ['customer'], [], [{ value: 'customer', labels: {} }]))).toEqual([
      ['choiceSet', 'choice_lists.error.not_editable'],
    ]);
  });
});
