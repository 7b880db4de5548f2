import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { en, fa, ru, type Catalog } from '../../src-shared/i18n';
import { dashboardMessages } from '../../src-shared/i18n/modules/dashboard';
import { okValue, openApp, saveEvidence, type AppPage, type Session } from './harness';
import { heading, soon, startEmpty, visible } from './ui';

/**
 * The language setting: Persian lays the whole app out right to left,
 * Russian and Persian replace every label, and the choice is kept by the
 * backend, so it survives a reload. Expected texts come from the catalogs
 * the app ships, so a test reads like what a user of that language sees.
 */

/** Opens Settings and picks a language by its own name (English, Русский, فارسی). */
async function chooseLanguage(page: Page, from: Catalog, languageName: string): Promise<void> {
  await page.getByRole('navigation', { name: from.area.label }).getByRole('link', { name: from.area.settings }).click();
  await visible(heading(page, from.settings.title));
  await page
    .getByRole('radiogroup', { name: from.settings.language })
    .getByRole('radio', { name: languageName })
    .check();
}

async function pageLanguage(page: Page): Promise<{ lang: string | null; dir: string | null }> {
  const html = page.locator('html');
  return { lang: await html.getAttribute('lang'), dir: await html.getAttribute('dir') };
}

/**
 * Which side the site map is drawn on: its own half of the window, with the
 * page's content (its level-2 heading) wholly on the other side of it.
 */
async function siteMapSide(page: Page, catalog: Catalog): Promise<string> {
  const nav = await page.getByRole('navigation', { name: catalog.nav.label }).boundingBox();
  const title = await page.getByRole('main').getByRole('heading', { level: 2 }).first().boundingBox();
  const width = page.viewportSize()?.width ?? 0;
  if (!nav || !title) return 'not shown';
  if (nav.x + nav.width <= width / 2 && title.x >= nav.x + nav.width) return 'left';
  if (nav.x >= width / 2 && title.x + title.width <= nav.x) return 'right';
  return `unclear (site map ${nav.x}..${nav.x + nav.width}, title ${title.x}..${title.x + title.width})`;
}

async function expectLaidOut(page: Page, catalog: Catalog, lang: string, dir: 'ltr' | 'rtl'): Promise<void> {
  await soon(() => pageLanguage(page)).toEqual({ lang, dir });
  await soon(() => siteMapSide(page, catalog)).toBe(dir === 'rtl' ? 'right' : 'left');
}

describe('language', () => {
  let app: Session;
  let current: AppPage;

  beforeAll(async () => {
    app = await openApp();
    await startEmpty(app.page);
  });
  afterAll(async () => {
    await app?.close();
  });
  beforeEach(async () => {
    // Every test starts in English, whatever the one before chose.
    okValue(await app.host.call('settings.update', { language: 'en' }));
    current = await app.newPage();
    await visible(heading(current.page, 'Dashboard'));
  });
  afterEach(async ({ task }) => {
    if (task.result?.state === 'fail') await saveEvidence(current.page, task.name);
    await current.close();
  });

  it('Persian lays the app out right to left with Persian labels, and is remembered after a reload', async () => {
    const { page } = current;
    await expectLaidOut(page, en, 'en', 'ltr');
    await chooseLanguage(page, en, 'فارسی');

    await visible(heading(page, fa.settings.title));
    await expectLaidOut(page, fa, 'fa', 'rtl');
    const areas = page.getByRole('navigation', { name: fa.area.label });
    for (const area of [fa.area.sales, fa.area.service, fa.area.marketing, fa.area.settings]) {
      await visible(areas.getByRole('link', { name: area, exact: true }));
    }
    expect(await page.getByRole('heading', { name: en.settings.title }).count()).toBe(0);
    expect(okValue<{ language: string }>(await app.host.call('settings.get', {})).language).toBe('fa');

    await page.reload();
    await visible(heading(page, fa.settings.title));
    await expectLaidOut(page, fa, 'fa', 'rtl');
    expect(await page.getByRole('radio', { name: 'فارسی' }).isChecked()).toBe(true);

    // A list reads from the right too: its first column (the name) is the rightmost.
    await page
      .getByRole('navigation', { name: fa.nav.label })
      .getByRole('link', { name: fa.entity.account.many })
      .click();
    await visible(heading(page, fa.entity.account.many));
    await visible(page.getByText(fa.entity.account.none));
    await page.getByRole('main').getByRole('button', { name: fa.list.new, exact: true }).click();
    await visible(heading(page, fa.entity.account.new));
    const name = await page.getByRole('textbox', { name: fa.field.account.name }).boundingBox();
    const number = await page.getByRole('textbox', { name: fa.field.account.account_number }).boundingBox();
    expect(name && number && name.x > number.x).toBe(true);
  });

  it('Russian shows Russian labels left to right, and is remembered after a reload', async () => {
    const { page } = current;
    await chooseLanguage(page, en, 'Русский');
    await visible(heading(page, ru.settings.title));
    await expectLaidOut(page, ru, 'ru', 'ltr');
    await visible(page.getByRole('link', { name: ru.nav.recently_deleted }));

    await page.reload();
    await visible(heading(page, ru.settings.title));
    await expectLaidOut(page, ru, 'ru', 'ltr');
    await page
      .getByRole('navigation', { name: ru.nav.label })
      .getByRole('link', { name: ru.entity.contact.many })
      .click();
    await visible(heading(page, ru.entity.contact.many));
    await visible(page.getByRole('searchbox', { name: ru.list.quick_find }));

    // And back to English.
    await chooseLanguage(page, ru, 'English');
    await visible(heading(page, en.settings.title));
    await expectLaidOut(page, en, 'en', 'ltr');
  });
});

describe('language on the first-run screen', () => {
  it('can be chosen before the database is set up, and the app starts in it', async () => {
    const fresh = await openApp();
    try {
      const { page } = fresh;
      await visible(heading(page, en.onboarding.title, 1));
      await page.getByRole('combobox', { name: en.settings.language }).click();
      await page.getByRole('option', { name: 'فارسی' }).click();
      await visible(heading(page, fa.onboarding.title, 1));
      await soon(() => pageLanguage(page)).toEqual({ lang: 'fa', dir: 'rtl' });

      await page.getByRole('button', { name: fa.onboarding.start_empty }).click();
      await visible(heading(page, dashboardMessages.fa.page.dashboard.title));
      await expectLaidOut(page, fa, 'fa', 'rtl');
      expect(okValue<{ language: string }>(await fresh.host.call('settings.get', {})).language).toBe('fa');
    } catch (error) {
      await saveEvidence(fresh.page, 'language on the first-run screen');
      throw error;
    } finally {
      await fresh.close();
    }
  });
});
