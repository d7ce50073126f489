/**
 * The site built for a sub-path (`npm run build:subpath`, base /it/password-help/) and
 * served there: every page loads, and every address a page links to or loads resolves.
 * Runs in the `subpath` project (playwright.config.ts), whose baseURL includes the base.
 */
import { expect, test } from './fixtures';
import { sitemapPaths } from './sitemap';
import { subpathBase, subpathDist } from '../../playwright.config';

const pages = sitemapPaths(subpathDist).map((path) =>
	path.startsWith(subpathBase.slice(1)) ? path.slice(subpathBase.length - 1) : path,
);

test('the sub-path build lists the guide pages under the base', () => {
	expect(pages).toEqual(expect.arrayContaining(['', 'reset-password/', 'practice/', 'after-reset/']));
});

for (const path of pages) {
	test(`${subpathBase}${path} loads, and every address on it resolves`, async ({
		page,
		pageProblems,
		request,
	}) => {
		const response = await page.goto(path);
		expect(response?.status()).toBe(200);
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await page.waitForLoadState('networkidle');

		const addresses = await page
			.locator('a[href], link[href], script[src], img[src]')
			.evaluateAll((elements) =>
				elements.map((element) =>
					element instanceof HTMLAnchorElement || element instanceof HTMLLinkElement
						? element.href
						: (element as HTMLScriptElement | HTMLImageElement).src,
				),
			);
		const origin = new URL(page.url()).origin;
		const internal = [
			...new Set(addresses.filter((address) => address.startsWith(origin)).map((a) => a.split('#')[0]!)),
		];
		// Every page links at least its stylesheet and its script; the Starlight pages far more.
		expect(internal.length).toBeGreaterThan(1);
		for (const address of internal) {
			expect(new URL(address).pathname, `${address} stays under the base`).toMatch(
				new RegExp(`^${subpathBase}`),
			);
			expect((await request.get(address)).status(), address).toBe(200);
		}
		expect(pageProblems.consoleErrors).toEqual([]);
		expect(pageProblems.foreignRequests).toEqual([]);
	});
}
