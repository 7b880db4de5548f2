import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { okValue, openApp, saveEvidence, type Session } from './harness';
import {
  command,
  heading,
  openList,
  recordIdInUrl,
  rowNames,
  saveRecord,
  soon,
  startEmpty,
  table,
  visible,
} from './ui';

/**
 * A weekly recurring appointment on Mondays and Wednesdays: one occurrence
 * is moved by hand, then the whole series is renamed; the moved occurrence
 * keeps its own time (and name), the others follow the series.
 */

let app: Session;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

/** `YYYY-MM-DD` of the first Monday at least two days from now (local time, as the browser's). */
function nextMonday(): string {
  const d = new Date();
  d.setDate(d.getDate() + 2);
  while (d.getDay() !== 1) d.setDate(d.getDate() + 1);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

function dateOf(page: Page, label: string) {
  return page.getByRole('main').getByLabel(`${label}: date`, { exact: true });
}
function timeOf(page: Page, label: string) {
  return page.getByRole('main').getByLabel(`${label}: time`, { exact: true });
}

async function choose(page: Page, label: string, option: string) {
  await page.getByRole('main').getByRole('combobox', { name: label, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

interface Row {
  values: Record<string, unknown>;
  display_name: string;
}

async function occurrencesOf(seriesId: string): Promise<[string, string, boolean][]> {
  const page = okValue<{ rows: Row[] }>(
    await app.host.call('records.list', {
      entity: 'activity',
      filters: [{ field: 'series_id', op: 'eq', value: seriesId }],
      sort: { field: 'scheduled_start', dir: 'asc' },
      columns: ['scheduled_start', 'is_exception'],
    }),
  );
  return page.rows.map((r) => {
    const start = new Date(String(r.values['scheduled_start']));
    const local = `${start.getDate()}/${start.getHours()}:${String(start.getMinutes()).padStart(2, '0')}`;
    return [r.display_name, local, r.values['is_exception'] === true];
  });
}

describe('activities: recurring appointments', () => {
  it('keep an occurrence moved by hand when the series is edited', async ({ task }) => {
    const { page } = app;
    try {
      await startEmpty(page);
      await openList(page, 'Activities');
      await page.getByRole('main').getByRole('button', { name: 'New', exact: true }).click();
      await page.getByRole('menuitem', { name: 'Recurring appointment' }).click();
      await visible(heading(page, 'New recurring appointment'));

      const monday = nextMonday();
      await page.getByRole('main').getByRole('textbox', { name: 'Subject', exact: true }).fill('Team sync');
      await dateOf(page, 'Start time').fill(monday);
      await timeOf(page, 'Start time').fill('10:00');
      await dateOf(page, 'End time').fill(monday);
      await timeOf(page, 'End time').fill('10:30');
      await choose(page, 'On these days', 'Monday');
      await choose(page, 'On these days', 'Wednesday');
      await page.keyboard.press('Escape');
      await choose(page, 'Ends', 'After a number of occurrences');
      await page.getByRole('main').getByRole('textbox', { name: 'Number of occurrences', exact: true }).fill('4');
      await command(page, 'Save').click();
      const seriesId = await recordIdInUrl(page, 'activities');
      await visible(heading(page, 'Team sync'));

      // Four occurrences: Monday, Wednesday, Monday, Wednesday.
      const day = Number(monday.slice(8));
      await page.getByRole('tab', { name: 'Occurrences' }).click();
      const occurrences = table(page, 'Occurrences');
      await soon(() => rowNames(occurrences)).toEqual(['Team sync', 'Team sync', 'Team sync', 'Team sync']);
      const before = await occurrencesOf(seriesId);
      expect(before.map(([, when]) => when.split('/')[1])).toEqual(['10:00', '10:00', '10:00', '10:00']);

      // Move the first Wednesday to the afternoon.
      await occurrences.getByRole('link').nth(1).click();
      await recordIdInUrl(page, 'activities');
      await visible(page.getByText('This appointment is one occurrence of a recurring series'));
      await timeOf(page, 'Start time').fill('14:00');
      await timeOf(page, 'End time').fill('14:30');
      await saveRecord(page);
      await visible(page.getByText('This occurrence was changed by hand'));

      // Rename the whole series, from the occurrence's link to it.
      await page.getByRole('button', { name: 'Open Team sync' }).click();
      await page.waitForURL(new RegExp(`#/sales/activities/${seriesId}$`));
      await visible(page.getByText('Saving the series updates its future occurrences'));
      await page.getByRole('main').getByRole('textbox', { name: 'Subject', exact: true }).fill('Team meeting');
      await saveRecord(page);

      await page.getByRole('tab', { name: 'Occurrences' }).click();
      await soon(() => rowNames(table(page, 'Occurrences'))).toEqual([
        'Team meeting',
        'Team sync',
        'Team meeting',
        'Team meeting',
      ]);
      const after = await occurrencesOf(seriesId);
      expect(after[1]).toEqual(['Team sync', `${(before[1]![1] ?? '').split('/')[0]}/14:00`, true]);
      expect(after.filter(([, , exception]) => !exception).map(([, when]) => when.split('/')[1])).toEqual([
        '10:00',
        '10:00',
        '10:00',
      ]);
      expect(Number(after[0]![1].split('/')[0])).toBe(day);
    } catch (error) {
      await saveEvidence(page, task.name);
      throw error;
    }
  });
});
