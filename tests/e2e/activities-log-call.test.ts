import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { okValue, openApp, saveEvidence, type Session } from './harness';
import {
  command,
  createRecord,
  dialog,
  field,
  gone,
  heading,
  openList,
  rowNames,
  soon,
  startEmpty,
  table,
  visible,
} from './ui';

/**
 * Logging a call from an account in two clicks ("Log a call", then "Save
 * call"), and seeing it: on the account's Activities tab, in its time
 * spent, and as a completed call about the account.
 */

let app: Session;
beforeAll(async () => {
  app = await openApp();
});
afterAll(async () => {
  await app?.close();
});

describe('activities: log a call', () => {
  it('takes two clicks from an account and shows up on it', async ({ task }) => {
    const { page } = app;
    try {
      await startEmpty(page);
      const accountId = await createRecord(page, 'accounts', {
        'Account name': 'Contoso Traders',
        Phone: '+1 555 0100',
      });
      await visible(heading(page, 'Contoso Traders'));
      await visible(page.getByText('No time logged yet'));

      // Click one: the dialog, filled in.
      await command(page, 'Log a call').click();
      const logCall = dialog(page, 'Log a call');
      await visible(logCall);
      expect(await logCall.getByRole('textbox', { name: 'Subject' }).inputValue()).toBe('Call with Contoso Traders');
      expect(await logCall.getByRole('textbox', { name: 'Phone number' }).inputValue()).toBe('+1 555 0100');
      expect(await logCall.getByRole('textbox', { name: 'Actual duration' }).inputValue()).toBe('5');
      // Click two.
      await logCall.getByRole('button', { name: 'Save call' }).click();
      await gone(logCall);
      await visible(page.getByText('The call “Call with Contoso Traders” was logged.'));

      // On the account: its time spent, and its Activities tab.
      await visible(page.getByText('Time spent: 5 min'));
      await page.getByRole('tab', { name: 'Activities' }).click();
      const activities = table(page, 'Activities');
      await soon(() => rowNames(activities)).toEqual(['Call with Contoso Traders']);
      await visible(activities.getByRole('cell', { name: 'Phone call' }));
      await visible(activities.getByRole('cell', { name: 'Completed' }));

      // The call itself: completed, outgoing, about the account, read-only until reopened.
      await activities.getByRole('link', { name: 'Call with Contoso Traders' }).click();
      await visible(heading(page, 'Call with Contoso Traders'));
      await visible(page.getByText('This activity is completed and read-only. Reopen it to make changes.'));
      await soon(() => field(page, 'Regarding').inputValue()).toBe('Contoso Traders');
      expect(await field(page, 'Subject').isDisabled()).toBe(true);
      await visible(command(page, 'Reopen'));

      const stored = okValue<{ rows: { values: Record<string, unknown> }[] }>(
        await app.host.call('records.list', {
          entity: 'activity',
          columns: ['activity_type', 'regarding', 'status', 'direction', 'actual_duration', 'to'],
        }),
      );
      expect(stored.rows.map((r) => r.values)).toEqual([
        expect.objectContaining({
          activity_type: 'phone_call',
          regarding: `account:${accountId}`,
          status: 'completed',
          direction: 'outgoing',
          actual_duration: 5,
          to: [`account:${accountId}`],
        }),
      ]);

      // And in the Activities list of My Work: not among the user's open activities it starts with, but completed.
      await openList(page, 'Activities');
      const viewPicker = page.getByRole('combobox', { name: 'View' });
      await soon(() => viewPicker.inputValue()).toBe('My open activities');
      await visible(page.getByText('No records match', { exact: true }));
      await viewPicker.click();
      await page.getByRole('option', { name: 'Completed activities' }).click();
      await soon(() => rowNames(table(page, 'Activities'))).toEqual(['Call with Contoso Traders']);
    } catch (error) {
      await saveEvidence(page, task.name);
      throw error;
    }
  });
});
