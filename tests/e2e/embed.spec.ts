import AxeBuilder from '@axe-core/playwright';
import { heightMessageType } from '../../src/components/simulator/embedHeight';
import { expect, test } from './fixtures';

/** A page of another site that frames the embed page, as the documented snippet does. */
const hostPage = (embedPath: string) => `<!doctype html>
<html lang="en"><head><title>Learning platform</title></head>
<body><h1>Module 3: your password</h1>
<iframe id="practice" src="${embedPath}" title="Password reset practice" style="width: 100%; height: 300px; border: 0"></iframe>
<script>
	window.heights = [];
	window.addEventListener('message', (event) => {
		if (event.data?.type !== '${heightMessageType}') return;
		window.heights.push(event.data.height);
		document.getElementById('practice').style.height = event.data.height + 'px';
	});
</script></body></html>`;

test.describe('the embed page', () => {
	test('shows the simulator alone, without the site navigation', async ({ page }) => {
		await page.goto('embed/practice/');
		await expect(page.getByRole('region', { name: 'Password reset practice' })).toBeVisible();
		await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
		await expect(page.getByRole('navigation')).toHaveCount(0);
		await expect(page.getByRole('search')).toHaveCount(0);
		await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
	});

	test('works inside an iframe and tells its parent its height, so the frame never scrolls', async ({
		page,
		baseURL,
	}) => {
		const hostUrl = new URL('embed-host-test/', baseURL).href;
		await page.route(hostUrl, (route) =>
			route.fulfill({
				contentType: 'text/html',
				body: hostPage(new URL('embed/practice/', baseURL).pathname),
			}),
		);
		await page.goto(hostUrl);
		const frame = page.frameLocator('#practice');
		await expect(frame.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
		await frame.getByRole('button', { name: 'Next' }).click();
		await expect(frame.getByRole('alert').filter({ hasText: 'Enter your work email' })).toBeVisible();

		await expect
			.poll(() => page.evaluate(() => (window as unknown as { heights: number[] }).heights.length))
			.toBeGreaterThan(0);
		const fits = () =>
			page.evaluate(() => {
				const iframe = document.getElementById('practice') as HTMLIFrameElement;
				const inner = iframe.contentDocument!.documentElement;
				return iframe.clientHeight >= inner.scrollHeight;
			});
		await expect.poll(fits).toBe(true);
	});

	test('has no serious axe violation', async ({ page }) => {
		await page.goto('embed/practice/');
		await expect(page.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			.analyze();
		const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
		expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
	});
});
