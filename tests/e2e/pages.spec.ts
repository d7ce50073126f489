import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';
import { sitemapPaths } from './sitemap';

const pages = sitemapPaths();

test('the sitemap lists the guide pages people are sent to', () => {
	for (const path of [
		'',
		'reset-password/',
		'before-you-start/',
		'after-reset/',
		'troubleshooting/',
		'practice/',
	]) {
		expect(pages).toContain(path);
	}
});

for (const path of pages) {
	test.describe(`/${path}`, () => {
		test('loads with a heading, no console error and nothing from another origin', async ({
			page,
			pageProblems,
		}) => {
			const response = await page.goto(path);
			expect(response?.status()).toBe(200);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
			await page.waitForLoadState('networkidle');
			expect(pageProblems.consoleErrors).toEqual([]);
			expect(pageProblems.foreignRequests).toEqual([]);
		});

		for (const [theme, colorScheme] of [
			['light', 'light'],
			['dark', 'dark'],
		] as const) {
			for (const [width, viewport] of [
				['desktop', { width: 1280, height: 800 }],
				['phone', { width: 360, height: 740 }],
			] as const) {
				test(`has no serious or critical accessibility violation (${theme}, ${width})`, async ({ page }) => {
					await page.setViewportSize(viewport);
					await page.emulateMedia({ colorScheme });
					await page.goto(path);
					await page.waitForLoadState('networkidle');
					const results = await new AxeBuilder({ page })
						.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
						.analyze();
					const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
					expect(
						serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(', ')})`),
					).toEqual([]);
				});
			}
		}

		test('shows where the keyboard focus is on every control it reaches', async ({ page }) => {
			await page.goto(path);
			await page.waitForLoadState('networkidle');
			const unmarked: string[] = [];
			for (let stop = 0; stop < 12; stop++) {
				await page.keyboard.press('Tab');
				const focus = await page.evaluate(() => {
					const element = document.activeElement as HTMLElement | null;
					if (!element || element === document.body) return null;
					const style = getComputedStyle(element);
					const marked =
						(style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) ||
						style.boxShadow !== 'none';
					return {
						marked,
						name: `${element.tagName.toLowerCase()} "${(element.textContent ?? '').trim().slice(0, 30)}"`,
					};
				});
				if (focus && !focus.marked) unmarked.push(focus.name);
			}
			expect(unmarked).toEqual([]);
		});

		test('does not scroll sideways on a 360 px wide phone', async ({ page }) => {
			await page.setViewportSize({ width: 360, height: 740 });
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect(overflow).toBeLessThanOrEqual(0);
		});
	});
}
