import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { okValue, openApp, saveEvidence, type Session } from './harness';
import { command, dialog, gone, heading, siteMap, soon, startEmpty, unsavedMark, visible } from './ui';

/**
 * The calendar in My Work: an appointment made by clicking a free slot of
 * the week, dragged to another day (it stays there after a reload), and a
 * second appointment at the same time warned about as a clash, first from
 * the calendar (going back saves nothing), then from the activity form.
 */

const HOUR_PX = 48;

let app: Session;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

/** The local dates of this week, Sunday first (the week of en-US), as the browser's clock has them. */
function thisWeek(): Date[] {
  const today = new Date();
  const sunday = new Date(today.getFullYear(), today.getMonth(), today.getDate() - today.getDay());
  return Array.from({ length: 7 }, (_, i) => new Date(sunday.getFullYear(), sunday.getMonth(), sunday.getDate() + i));
}

/** A day's column of the week grid, by the name it announces ("Monday, March 3"). */
function dayColumn(page: Page, date: Date): Locator {
  const name = new Intl.DateTimeFormat('en-US', { weekday: 'long', day: 'numeric', month: 'long' }).format(date);
  return page.getByRole('group', { name, exact: true });
}

/** A point of a column at a time of day (the column is the whole day, 48 px an hour). */
async function pointAt(column: Locator, hour: number, minute = 0): Promise<{ x: number; y: number }> {
  const box = await column.boundingBox();
  if (!box) throw new Error('column not shown');
  return { x: box.x + box.width / 2, y: box.y + ((hour * 60 + minute) / 60) * HOUR_PX + 6 };
}

interface Row {
  id: string;
  display_name: string;
  values: Record<string, unknown>;
}

async function appointments(): Promise<{ subject: string; start: string; end: string }[]> {
  const page = okValue<{ rows: Row[] }>(
    await app.host.call('records.list', {
      entity: 'activity',
      sort: { field: 'scheduled_start', dir: 'asc' },
      columns: ['scheduled_start', 'scheduled_end'],
    }),
  );
  const local = (iso: unknown) => {
    const d = new Date(String(iso));
    return `${d.getDate()} ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
  };
  return page.rows.map((r) => ({
    subject: r.display_name,
    start: local(r.values['scheduled_start']),
    end: local(r.values['scheduled_end']),
  }));
}

describe('calendar', () => {
  it('creates in a free slot, drags to another day, and warns about a clash', async ({ task }) => {
    const { page } = app;
    const [, monday, , wednesday] = thisWeek() as [Date, Date, Date, Date];
    try {
      await startEmpty(page);
      await siteMap(page).getByRole('link', { name: 'Calendar', exact: true }).click();
      await visible(heading(page, 'Calendar'));
      await expect(page.getByRole('radio', { name: 'Week' }).isChecked()).resolves.toBe(true);

      // A click on Monday at 10:00: a new appointment of half an hour there.
      const mondayColumn = dayColumn(page, monday);
      const slot = await pointAt(mondayColumn, 10, 5);
      await page.mouse.click(slot.x, slot.y);
      const quick = dialog(page, 'New appointment');
      await visible(quick);
      expect(await quick.getByRole('textbox', { name: 'Start time: time' }).inputValue()).toBe('10:00');
      expect(await quick.getByRole('textbox', { name: 'End time: time' }).inputValue()).toBe('10:30');
      await quick.getByRole('textbox', { name: 'Subject', exact: true }).fill('Pipeline review');
      await quick.getByRole('button', { name: 'Save', exact: true }).click();
      await gone(quick);
      const review = mondayColumn.getByRole('link', { name: /^Pipeline review, / });
      await visible(review);
      expect(await appointments()).toEqual([
        { subject: 'Pipeline review', start: `${monday.getDate()} 10:00`, end: `${monday.getDate()} 10:30` },
      ]);

      // Dragged to Wednesday 14:00: it keeps its half hour.
      const wednesdayColumn = dayColumn(page, wednesday);
      const from = await review.boundingBox();
      if (!from) throw new Error('appointment not shown');
      const to = await pointAt(wednesdayColumn, 14, 0);
      await page.mouse.move(from.x + from.width / 2, from.y + 6);
      await page.mouse.down();
      await page.mouse.move(from.x + from.width / 2, from.y + 30, { steps: 4 });
      await page.mouse.move(to.x, to.y, { steps: 12 });
      await page.mouse.up();
      await visible(page.getByText(/^“Pipeline review” was moved to /));
      await visible(wednesdayColumn.getByRole('link', { name: /^Pipeline review, / }));
      await soon(appointments).toEqual([
        { subject: 'Pipeline review', start: `${wednesday.getDate()} 14:00`, end: `${wednesday.getDate()} 14:30` },
      ]);
      // Still there after a reload.
      await page.reload();
      await visible(dayColumn(page, wednesday).getByRole('link', { name: /^Pipeline review, / }));
      await expect(
        dayColumn(page, monday)
          .getByRole('link', { name: /^Pipeline review, / })
          .count(),
      ).resolves.toBe(0);

      // Another appointment for me from 14:15 on Wednesday (made from the free slot after the review): a clash,
      // shown with who, what and when.
      const free = await pointAt(dayColumn(page, wednesday), 15, 10);
      await page.mouse.click(free.x, free.y);
      const second = dialog(page, 'New appointment');
      await visible(second);
      await second.getByRole('textbox', { name: 'Subject', exact: true }).fill('Supplier call');
      await second.getByRole('textbox', { name: 'Start time: time' }).fill('14:15');
      await second.getByRole('textbox', { name: 'End time: time' }).fill('14:45');
      await second.getByRole('button', { name: 'Save', exact: true }).click();
      const clash = dialog(page, 'Scheduling conflict');
      await visible(clash);
      await visible(clash.getByText('Administrator', { exact: true }));
      await visible(clash.getByText('Pipeline review', { exact: true }));
      await visible(clash.getByText(/2:00\s*–\s*2:30\s*PM/));
      // Going back saves nothing and returns to the dialog.
      await clash.getByRole('button', { name: 'Go back' }).click();
      await gone(clash);
      await visible(second);
      expect((await appointments()).map((a) => a.subject)).toEqual(['Pipeline review']);
      // Saving anyway does.
      await second.getByRole('button', { name: 'Save', exact: true }).click();
      await visible(clash);
      await clash.getByRole('button', { name: 'Save anyway' }).click();
      await gone(second);
      await soon(async () => (await appointments()).map((a) => a.subject)).toEqual([
        'Pipeline review',
        'Supplier call',
      ]);

      // The activity form warns too: moving "Supplier call" onto the review again, then going back.
      await dayColumn(page, wednesday)
        .getByRole('link', { name: /^Supplier call, / })
        .click();
      await visible(heading(page, 'Supplier call'));
      const startTime = page.getByRole('main').getByLabel('Start time: time', { exact: true });
      await startTime.fill('14:05');
      await command(page, 'Save').click();
      const formClash = dialog(page, 'Scheduling conflict');
      await visible(formClash.getByText('Pipeline review', { exact: true }));
      await formClash.getByRole('button', { name: 'Go back' }).click();
      await gone(formClash);
      await visible(unsavedMark(page));
      expect((await appointments()).map((a) => a.start)).toEqual([
        `${wednesday.getDate()} 14:00`,
        `${wednesday.getDate()} 14:15`,
      ]);
    } catch (error) {
      await saveEvidence(page, task.name);
      throw error;
    }
  });
});
