// The trainers' page: the tables of practice links read from the simulator machine, the
// onboarding kit's copy buttons, and the QR code.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { org } from '../../src/config';
import { createAfterResetMachine } from '../../src/machines/afterReset';
import { afterResetFacts } from '../../src/machines/afterResetContent';
import { planDeepLink, screenById, screenIds, screens } from '../../src/machines/screens';
import { scenarioIds, scenarios } from '../../src/machines/scenarios';
import { afterResetOutcomeLinks } from '../../src/components/trainers/links';
import { expect, test } from './fixtures';

const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
/** The address a reader outside the site opens, as the config and the base make it. */
const published = (path: string) => new URL(`${base}${path}`, org.siteUrl).href;

const tableOf = (page: Page, name: RegExp) => page.getByRole('table', { name });
/** The body rows: the ones with a row heading. */
const rowsOf = (page: Page, name: RegExp) =>
	tableOf(page, name)
		.getByRole('row')
		.filter({ has: page.getByRole('rowheader') });
const screenRows = (page: Page) => rowsOf(page, /screens of the practice portal/);
const scenarioRows = (page: Page) => rowsOf(page, /practice scenarios/);

/** Where a link on the page points, relative to the site's base, e.g. `practice/?screen=done`. */
async function hrefFromBase(page: Page, link: ReturnType<Page['getByRole']>): Promise<string> {
	const href = await link.getAttribute('href');
	const url = new URL(href ?? '', page.url());
	expect(url.origin, `${href} stays on the site`).toBe(new URL(page.url()).origin);
	expect(url.pathname.startsWith(base), `${href} is under the base ${base}`).toBe(true);
	return `${url.pathname.slice(base.length)}${url.search}`;
}

test.describe('trainers: the table of screens', () => {
	test('has one row for every screen of the simulator machine', async ({ page }) => {
		await page.goto('trainers/');
		await expect(screenRows(page)).toHaveCount(screens.length);
	});

	test('links each row to the practice page at an existing screen, with the scenario it needs', async ({
		page,
	}) => {
		await page.goto('trainers/');
		const rows = await screenRows(page).all();
		const linked: string[] = [];
		for (const row of rows) {
			const link = row.getByRole('link');
			const target = await hrefFromBase(page, link);
			const params = new URLSearchParams(target.slice(target.indexOf('?')));
			const id = params.get('screen') ?? '';
			expect(screenIds, `${target} names a screen of the machine`).toContain(id);
			const scenario = planDeepLink(id)!.scenario;
			expect(target).toBe(`practice/?screen=${id}${scenario === 'default' ? '' : `&scenario=${scenario}`}`);
			await expect(link).toHaveText(screenById(id)!.title);
			await expect(row.getByRole('cell')).toHaveText(screenById(id)!.trainerNote);
			linked.push(id);
		}
		expect(linked.toSorted()).toEqual([...screenIds].toSorted());
	});

	for (const screen of screens) {
		test(`its link for "${screen.title}" opens that screen of the simulator`, async ({ page }) => {
			await page.goto('trainers/');
			await tableOf(page, /screens of the practice portal/)
				.getByRole('link', { name: screen.title, exact: true })
				.click();
			const region = page.getByRole('region', { name: 'Password reset practice' });
			await expect(region.locator('[data-screen]')).toHaveAttribute('data-screen', screen.screen);
		});
	}

	test('every practice link it gives loads the practice page', async ({ page, request }) => {
		await page.goto('trainers/');
		const links = page.getByRole('table').getByRole('link');
		const hrefs = await links.evaluateAll((elements) => elements.map((a) => (a as HTMLAnchorElement).href));
		expect(hrefs).toHaveLength(screens.length + scenarioIds.length);
		for (const href of new Set(hrefs)) expect((await request.get(href)).status(), href).toBe(200);
	});
});

test('trainers: the table of scenarios links each scenario and says what it shows', async ({ page }) => {
	await page.goto('trainers/');
	await expect(scenarioRows(page)).toHaveCount(scenarioIds.length);
	for (const id of scenarioIds) {
		const row = scenarioRows(page).filter({ hasText: scenarios[id].title });
		expect(await hrefFromBase(page, row.getByRole('link'))).toBe(`practice/?scenario=${id}`);
		await expect(row.getByRole('cell')).toHaveText(scenarios[id].description);
	}
});

test.describe('trainers: the onboarding kit', () => {
	test.beforeEach(async ({ context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	});

	test('copies a page’s published address with the keyboard and says "Copied"', async ({ page }) => {
		await page.goto('trainers/');
		const item = page
			.getByRole('listitem')
			.filter({ has: page.getByRole('link', { name: 'Reset your password', exact: true }) });
		const copy = item.getByRole('button', { name: 'Copy the address of “Reset your password”' });
		await copy.focus();
		await page.keyboard.press('Enter');
		await expect(item.getByRole('status')).toHaveText('Copied');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(published('reset-password/'));
	});

	test('copies the link to each after-reset answer, and only the last copy says "Copied"', async ({
		page,
	}) => {
		await page.goto('trainers/');
		const outcomes = afterResetOutcomeLinks(createAfterResetMachine(afterResetFacts(org)));
		expect(outcomes.length).toBeGreaterThan(1);
		for (const outcome of outcomes) {
			await page.getByRole('button', { name: `Copy the address of “${outcome.title}”` }).click();
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
				published(outcome.path.slice(1)),
			);
			await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
		}
	});

	test('has no serious or critical accessibility violation after a copy', async ({ page }) => {
		await page.goto('trainers/');
		await page
			.getByRole('button', { name: /^Copy the address of/ })
			.first()
			.click();
		await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toBeVisible();
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`)).toEqual([]);
	});

	test('draws a QR code for the site’s published address, named in words', async ({ page }) => {
		await page.goto('trainers/');
		const address = published('');
		await expect(page.getByRole('img', { name: `QR code that opens ${address}` })).toBeVisible();
		await expect(
			page.getByRole('figure').filter({ hasText: address.replace(/^https:\/\//, '').replace(/\/$/, '') }),
		).toBeVisible();
	});
});

test.describe('trainers: without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('shows every address as text to select, and no copy button that could not work', async ({ page }) => {
		await page.goto('trainers/');
		for (const path of ['', 'before-you-start/', 'reset-password/', 'practice/', 'after-reset/']) {
			await expect(page.getByText(published(path), { exact: true })).toBeVisible();
		}
		await expect(page.getByRole('button', { name: /^Copy/ })).toHaveCount(0);
	});
});
