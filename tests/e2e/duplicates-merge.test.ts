import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { okValue, openApp, saveEvidence, type Session } from './harness';
import {
  command,
  dialog,
  fill,
  gone,
  heading,
  historyRows,
  openList,
  recordIdInUrl,
  rowNames,
  soon,
  startEmpty,
  table,
  unsavedMark,
  visible,
} from './ui';

/**
 * Duplicate detection and merge through the UI: an account typed again with
 * "Inc" is caught before it is saved, Cancel keeps the form as typed, and
 * "Merge with this record" saves it and merges the two, the old account's
 * contacts moving to the record that stays. A contact with a known e-mail
 * address is saved anyway, then merged with "Merge with…".
 */

interface Created {
  readonly id: string;
}

let app: Session;
beforeAll(async () => {
  app = await openApp();
  await startEmpty(app.page);
});
afterAll(async () => {
  await app?.close();
});

function create(entity: string, values: Record<string, unknown>): Promise<Created> {
  return app.host.call('records.create', { entity, values }).then((answer) => okValue<Created>(answer));
}

function get(entity: string, id: string) {
  return app.host
    .call('records.get', { entity, id })
    .then((answer) => okValue<{ values: Record<string, unknown>; system: { deleted_at: string | null } }>(answer));
}

describe('duplicates', () => {
  it('warns about an account created again with "Inc", then merges it, moving the contacts', async ({ task }) => {
    const { page } = app;
    try {
      const old = await create('account', { name: 'Northwind Traders', phone: '+1 555 0142', address_city: 'Seattle' });
      await create('contact', { first_name: 'Anna', last_name: 'Berg', account_id: old.id });
      await create('contact', { first_name: 'Bob', last_name: 'Lee', account_id: old.id });

      await openList(page, 'Accounts');
      await page.getByRole('main').getByRole('button', { name: 'New', exact: true }).click();
      await fill(page, { 'Account name': 'Northwind Traders, Inc.' });
      await command(page, 'Save').click();

      // Caught before anything is written; Cancel goes back to the form as typed.
      const warning = dialog(page, 'Possible duplicates found');
      await visible(warning);
      const match = warning.getByRole('listitem');
      await soon(() => match.innerText()).toContain('Northwind Traders');
      await visible(match.getByText('Same company name'));
      await visible(match.getByText('Seattle · +1 555 0142'));
      await warning.getByRole('button', { name: 'Cancel' }).click();
      await gone(warning);
      await visible(unsavedMark(page));
      expect(page.url()).toMatch(/#\/sales\/accounts\/new$/);
      expect(
        okValue<{ rows: unknown[] }>(await app.host.call('records.list', { entity: 'account' })).rows,
      ).toHaveLength(1);

      // Again, and this time merge: the new account is saved, then merged with the old one.
      await command(page, 'Save').click();
      await visible(warning);
      await warning.getByRole('button', { name: 'Merge with Northwind Traders' }).click();
      const newId = await recordIdInUrl(page, 'accounts');
      const merge = dialog(page, 'Merge records');
      await visible(merge);
      // The existing account stays by default; keep the new one instead, with the old one's phone.
      expect(await merge.getByRole('radio', { name: 'Keep “Northwind Traders”' }).isChecked()).toBe(true);
      await merge.getByRole('radio', { name: 'Keep “Northwind Traders, Inc.”' }).check();
      expect(await merge.getByRole('radio', { name: 'Phone: value of “Northwind Traders”' }).isChecked()).toBe(true);
      expect(
        await merge.getByRole('radio', { name: 'Account name: value of “Northwind Traders, Inc.”' }).isChecked(),
      ).toBe(true);
      await visible(
        merge.getByText(
          '“Northwind Traders” will be deleted, and what refers to it will refer to “Northwind Traders, Inc.”.',
        ),
      );
      await merge.getByRole('button', { name: 'Merge', exact: true }).click();
      await gone(merge);
      await visible(page.getByText('“Northwind Traders” was merged into “Northwind Traders, Inc.”.'));

      // The contacts of the old account are under the one that stayed, which has the phone, and says so in its history.
      await visible(heading(page, 'Northwind Traders, Inc.'));
      expect(page.url()).toContain(newId);
      await page.getByRole('tab', { name: 'Contacts' }).click();
      await soon(async () => (await rowNames(table(page, 'Contacts'))).sort()).toEqual(['Anna Berg', 'Bob Lee']);
      await page.getByRole('tab', { name: 'History' }).click();
      await soon(async () => (await historyRows(page))[0]).toEqual({
        action: 'Merged',
        field: '',
        values: ['Merged with “Northwind Traders”'],
      });
      expect((await get('account', newId)).values['phone']).toBe('+1 555 0142');
      expect((await get('account', old.id)).system.deleted_at).not.toBeNull();
    } catch (error) {
      await saveEvidence(page, task.name);
      throw error;
    }
  });

  it('saves a contact anyway, then merges it with "Merge with…"', async ({ task }) => {
    const { page } = app;
    try {
      const first = await create('contact', { first_name: 'Olga', last_name: 'Ivanova', email: 'olga@fabrikam.com' });
      await openList(page, 'Contacts');
      await page.getByRole('main').getByRole('button', { name: 'New', exact: true }).click();
      await fill(page, {
        'First name': 'Olga',
        'Last name': 'Ivanova-Petrova',
        Email: 'OLGA@fabrikam.com',
        'Job title': 'Buyer',
      });
      await command(page, 'Save').click();
      const warning = dialog(page, 'Possible duplicates found');
      await visible(warning.getByText('Same e-mail address'));
      await warning.getByRole('button', { name: 'Save anyway' }).click();
      const secondId = await recordIdInUrl(page, 'contacts');
      await visible(heading(page, 'Olga Ivanova-Petrova'));

      await command(page, 'Merge with…').click();
      const pick = dialog(page, 'Merge “Olga Ivanova-Petrova” with another record');
      await visible(pick);
      // The picker offers the other Olga only, never this record itself.
      await chooseLookupIn(pick, 'Olga', /^Olga Ivanova olga@/, 'Olga Ivanova');
      await pick.getByRole('button', { name: 'Next' }).click();
      const merge = dialog(page, 'Merge records');
      await visible(merge);
      // This record stays by default; its job title and the other's e-mail spelling are offered field by field.
      expect(await merge.getByRole('radio', { name: 'Keep “Olga Ivanova-Petrova”' }).isChecked()).toBe(true);
      await merge.getByRole('radio', { name: 'Email: value of “Olga Ivanova”' }).check();
      await merge.getByRole('button', { name: 'Merge', exact: true }).click();
      await gone(merge);
      const kept = await get('contact', secondId);
      expect(kept.values).toMatchObject({
        email: 'olga@fabrikam.com',
        job_title: 'Buyer',
        last_name: 'Ivanova-Petrova',
      });
      expect((await get('contact', first.id)).system.deleted_at).not.toBeNull();
    } catch (error) {
      await saveEvidence(page, task.name);
      throw error;
    }
  });
});

/** `chooseLookup` for a lookup inside a dialog. */
async function chooseLookupIn(
  scope: ReturnType<typeof dialog>,
  typed: string,
  option: RegExp,
  chosen: string,
): Promise<void> {
  const input = scope.getByRole('textbox', { name: 'Record to merge with' });
  await input.click();
  await input.pressSequentially(typed);
  const options = scope.page().getByRole('listbox', { name: 'Record to merge with' }).getByRole('option');
  await soon(() => options.allInnerTexts()).toHaveLength(1);
  await scope
    .page()
    .getByRole('listbox', { name: 'Record to merge with' })
    .getByRole('option', { name: option })
    .click();
  await soon(() => input.inputValue()).toBe(chosen);
}
