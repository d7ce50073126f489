import { expect, test } from './fixtures';
import { sitemapPaths } from './sitemap';

for (const path of sitemapPaths()) {
	test(`/${path} runs under the Content Security Policy without a violation`, async ({
		page,
		cspViolations,
	}) => {
		const response = await page.goto(path);
		expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
		// Scroll to the end so islands hydrated `client:visible` load and run too.
		await page.keyboard.press('End');
		await page.waitForLoadState('networkidle');
		expect(await cspViolations()).toEqual([]);
	});
}

test('search finds the reset guide under the Content Security Policy', async ({ page, cspViolations }) => {
	await page.goto('');
	await page.getByRole('button', { name: 'Search' }).click();
	const dialog = page.getByRole('dialog', { name: 'Search' });
	await dialog.getByRole('textbox', { name: 'Search' }).fill('verification code');
	await expect(dialog.getByRole('link', { name: /reset your password/i }).first()).toBeVisible();
	expect(await cspViolations()).toEqual([]);
});

test('an injected inline script is blocked and reported', async ({ page, cspViolations }) => {
	await page.goto('');
	const ran = await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'document.documentElement.dataset.injected = "yes"';
		document.head.append(script);
		return document.documentElement.dataset.injected === 'yes';
	});
	expect(ran).toBe(false);
	await expect.poll(cspViolations).toContainEqual(expect.stringContaining('script-src'));
});
