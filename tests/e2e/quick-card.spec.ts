// The printable quick card: one page on A4 and on Letter, with the site's navigation hidden, and
// the facts read from the config and the after-reset machine.
import { mkdir, writeFile } from 'node:fs/promises';
import { org } from '../../src/config';
import { displayUrl } from '../../src/config/facts';
import { createAfterResetMachine, metaOf, stateNamesOf } from '../../src/machines/afterReset';
import { afterResetFacts } from '../../src/machines/afterResetContent';
import { expect, test } from './fixtures';

const machine = createAfterResetMachine(afterResetFacts(org));

/** The number of pages in a PDF: its `/Type /Page` objects (not the `/Pages` tree nodes). */
function pageCount(pdf: Buffer): number {
	return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

test.describe('quick card', () => {
	test('shows the portal, the helpdesk and what to do after the reset', async ({ page }) => {
		await page.goto('quick-card/');
		await expect(page.getByRole('link', { name: displayUrl(org.portalUrl) })).toBeVisible();
		await expect(page.getByRole('link', { name: org.helpdesk.phone })).toBeVisible();
		for (const state of stateNamesOf(machine)) {
			const meta = metaOf(machine, state);
			if (meta.kind === 'outcome') await expect(page.getByText(meta.keyInstruction)).toBeVisible();
		}
		await expect(page.getByRole('img', { name: /^QR code that opens https:/ })).toBeVisible();
	});

	test('hides the site’s header, search, theme picker and footer when printed', async ({ page }) => {
		await page.goto('quick-card/');
		await expect(page.getByRole('banner')).toBeVisible();
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('banner')).toBeHidden();
		await expect(page.getByRole('button', { name: 'Search' })).toBeHidden();
		await expect(page.getByRole('combobox', { name: 'Select theme' })).toBeHidden();
		await expect(page.locator('footer')).toBeHidden();
		await expect(page.getByRole('heading', { level: 1, name: 'Password reset quick card' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Reset your password' })).toBeVisible();
	});

	for (const format of ['A4', 'Letter'] as const) {
		test(`prints on exactly one ${format} page`, async ({ page }) => {
			await page.goto('quick-card/');
			await page.emulateMedia({ media: 'print' });
			const pdf = await page.pdf({ format, printBackground: true });
			if (format === 'A4') {
				// Kept for people to look at: `npx playwright test quick-card` leaves the card here.
				await mkdir('test-results', { recursive: true });
				await writeFile('test-results/quick-card-a4.pdf', pdf);
			}
			expect(pageCount(pdf)).toBe(1);
		});
	}

	test('prints on one page in the dark theme too', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.goto('quick-card/');
		await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
		expect(pageCount(await page.pdf({ format: 'Letter' }))).toBe(1);
	});
});
