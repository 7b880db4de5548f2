import { afterEach, describe, expect, it } from 'vitest';
import { okValue, openApp, saveEvidence, type Session } from './harness';
import { dialog, heading, openList, rowNames, soon, table, visible } from './ui';

/**
 * A new colleague added in Settings › Users and teams, an account assigned
 * to her from its form, then the app switched to her as the current user:
 * her "My accounts" view holds exactly that account, and the header says
 * who is working.
 */

let app: Session | undefined;
afterEach(async ({ task }) => {
  if (app && task.result?.state === 'fail') await saveEvidence(app.page, task.name);
  await app?.close();
  app = undefined;
});

describe('users and ownership', () => {
  it('adds a user, assigns an account to her, switches to her and finds it in My accounts', async () => {
    app = await openApp();
    const { page, host } = app;
    await page.getByRole('button', { name: 'Start empty' }).click();
    const workAreas = page.getByRole('navigation', { name: 'Work area' });
    await visible(workAreas);
    okValue(await host.call('records.create', { entity: 'account', values: { name: 'Contoso Ltd' } }));
    okValue(await host.call('records.create', { entity: 'account', values: { name: 'Fabrikam Inc' } }));

    // Settings › Users and teams › Add user.
    await workAreas.getByRole('link', { name: 'Settings' }).click();
    await visible(heading(page, 'Settings'));
    const users = page.getByRole('region', { name: 'Users and teams' });
    await users.getByRole('button', { name: 'Add user' }).click();
    const add = dialog(page, 'Add user');
    await add.getByRole('textbox', { name: 'Name' }).fill('Nadia Novak');
    await add.getByRole('textbox', { name: 'E-mail' }).fill('nadia@example');
    await add.getByRole('button', { name: 'Add user' }).click();
    // The address is checked before anything is saved.
    await visible(add.getByText('Enter an e-mail address like name@example.com.'));
    await add.getByRole('textbox', { name: 'E-mail' }).fill('nadia@example.com');
    await add.getByRole('button', { name: 'Add user' }).click();
    await soon(() => add.isVisible()).toBe(false);
    const row = table(page, 'Users').getByRole('row', { name: /Nadia Novak/ });
    await visible(row);
    expect(await row.getByText('nadia@example.com').count()).toBe(1);

    // Contoso's form › Assign › another user.
    await workAreas.getByRole('link', { name: 'Sales' }).click();
    await openList(page, 'Accounts');
    await table(page, 'Accounts').getByRole('link', { name: 'Contoso Ltd' }).click();
    await visible(heading(page, 'Contoso Ltd'));
    const owner = page.getByRole('main').getByRole('combobox', { name: 'Owner' });
    await soon(() => owner.inputValue()).toBe('Administrator');
    await page.getByRole('toolbar', { name: 'Record commands' }).getByRole('button', { name: 'Assign' }).click();
    const assign = dialog(page, 'Assign “Contoso Ltd”');
    await assign.getByRole('radio', { name: 'Another user or team' }).check();
    await assign.getByRole('combobox', { name: 'New owner' }).click();
    await page.getByRole('option', { name: 'Nadia Novak' }).click();
    await assign.getByRole('button', { name: 'Assign' }).click();
    await soon(() => assign.isVisible()).toBe(false);
    await soon(() => owner.inputValue()).toBe('Nadia Novak');

    // Settings › Current user › Nadia.
    await workAreas.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('region', { name: 'Current user' }).getByRole('combobox', { name: 'Working as' }).click();
    await page.getByRole('option', { name: /Nadia Novak/ }).click();
    await visible(page.getByRole('group', { name: 'Signed in as Nadia Novak' }));

    // Her "My accounts": Contoso only.
    await workAreas.getByRole('link', { name: 'Sales' }).click();
    await openList(page, 'Accounts');
    const grid = table(page, 'Accounts');
    await soon(() => rowNames(grid)).toEqual(['Contoso Ltd', 'Fabrikam Inc']);
    await page.getByRole('combobox', { name: 'View' }).click();
    await page.getByRole('option', { name: 'My accounts' }).click();
    await soon(() => rowNames(grid)).toEqual(['Contoso Ltd']);

    // What she creates is hers, and says so.
    const created = okValue<{ values: Record<string, unknown> }>(
      await host.call('records.create', { entity: 'account', values: { name: 'Northwind' } }),
    );
    const nadia = okValue<{ currentUser: { id: string } }>(await host.call('app.info', {})).currentUser;
    expect(created.values['owner_id']).toBe(nadia.id);
  });
});
