import { afterEach, describe, expect, it } from 'vitest';
import { okValue, openApp, saveEvidence, type AppHost, type Session } from './harness';
import { heading, rowNames, siteMap, soon, startEmpty, table, visible } from './ui';

/**
 * My Work's dashboard in the browser: empty states on a new file; then an
 * overdue task and a contact's coming birthday appear, the overdue count
 * opens the "Overdue" view listing that task, and Complete on the
 * dashboard closes it.
 */

let app: Session | undefined;
afterEach(async ({ task }) => {
  if (app && task.result?.state === 'fail') await saveEvidence(app.page, task.name);
  await app?.close();
  app = undefined;
});

const DAY = 86_400_000;

async function create(host: AppHost, entity: string, values: Record<string, unknown>): Promise<string> {
  return okValue<{ id: string }>(await host.call('records.create', { entity, values })).id;
}

describe('dashboard', () => {
  it('shows an overdue activity and an upcoming birthday, opens the overdue view and completes the activity', async () => {
    app = await openApp();
    const { page, host } = app;
    await startEmpty(page);
    await siteMap(page).getByRole('link', { name: 'Dashboard' }).click();
    await visible(heading(page, 'Dashboard'));
    await visible(page.getByText('You have no open activities.'));
    await visible(page.getByText('No birthdays or other important dates in the next 30 days.'));
    await visible(page.getByText('No time recorded on completed activities this week.'));

    const acme = await create(host, 'account', { name: 'Acme Trading' });
    const task = await create(host, 'activity', {
      activity_type: 'task',
      subject: 'Send the signed contract',
      regarding: `account:${acme}`,
      due_date: new Date(Date.now() - 2 * DAY).toISOString(),
    });
    // Two days ahead, so it is "in 2 days" in any zone the browser runs in.
    const birthday = new Date(Date.now() + 2 * DAY).toISOString().slice(5, 10);
    await create(host, 'contact', { first_name: 'Maya', last_name: 'Birthday', birthday: `1990-${birthday}` });

    // The dashboard follows the changes by itself.
    const activities = page.getByRole('region', { name: 'My activities' });
    const urgent = activities.getByRole('list', { name: 'Most urgent' });
    await visible(urgent.getByRole('link', { name: 'Send the signed contract' }));
    await visible(urgent.getByText('Overdue', { exact: true }));
    await visible(urgent.getByRole('link', { name: 'Acme Trading' }));
    await visible(activities.getByRole('link', { name: /^Overdue: 1\./ }));
    const dates = page.getByRole('region', { name: 'Upcoming important dates' });
    await visible(dates.getByRole('link', { name: 'Maya Birthday' }));
    await visible(dates.getByText('In 2 days'));
    await visible(dates.getByText(/^Birthday · Turns \d+$/));

    // The count opens the view that lists exactly those activities.
    await activities.getByRole('link', { name: /^Overdue: 1\./ }).click();
    await visible(heading(page, 'Activities'));
    await soon(() => page.getByRole('combobox', { name: 'View' }).inputValue()).toBe('Overdue');
    await soon(() => rowNames(table(page, 'Activities'))).toEqual(['Send the signed contract']);

    // Complete from the dashboard.
    await siteMap(page).getByRole('link', { name: 'Dashboard' }).click();
    await urgent.getByRole('button', { name: 'Mark “Send the signed contract” complete' }).click();
    await visible(page.getByText('“Send the signed contract” was marked complete.'));
    await visible(activities.getByText('You have no open activities.'));
    await visible(activities.getByRole('link', { name: /^Overdue: 0\./ }));
    const record = okValue<{ values: { status: string } }>(
      await host.call('records.get', { entity: 'activity', id: task }),
    );
    expect(record.values.status).toBe('completed');
  });

  it('is where Sales opens', async () => {
    app = await openApp();
    const { page } = app;
    await page.getByRole('button', { name: 'Start empty' }).click();
    await visible(heading(page, 'Dashboard'));
    await soon(() => page.url()).toMatch(/#\/sales\/dashboard$/);
    const myWork = siteMap(page).getByRole('group', { name: 'My Work' });
    expect(await myWork.getByRole('link').first().innerText()).toBe('Dashboard');
  });
});
