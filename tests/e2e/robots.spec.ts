import { isPracticePage } from '../../src/routeData';
import { expect, test } from './fixtures';
import { sitemapPaths } from './sitemap';

const pages = sitemapPaths();

test('the practice page is among the pages checked', () => {
	expect(pages.filter((path) => isPracticePage(path.replace(/\/$/, '')))).toContain('practice/');
});

for (const path of pages) {
	const practice = isPracticePage(path.replace(/\/$/, ''));
	test(`/${path} ${practice ? 'asks' : 'does not ask'} search engines not to index it`, async ({ page }) => {
		await page.goto(path);
		const robots = page.locator('meta[name="robots"]');
		if (practice) await expect(robots).toHaveAttribute('content', 'noindex');
		else await expect(robots).toHaveCount(0);
	});
}
