/** The guide's pictures of the portal: they load, at the size of the reader's screen, with words for those who can't see them. */
import { screenPictureAlt } from '../../src/components/screenPictures';
import { expect, test } from './fixtures';

const pagesWithPictures = {
	'reset-password/': ['who-are-you', 'choose-method', 'enter-code', 'second-method', 'new-password', 'done'],
	'troubleshooting/': ['could-not-verify', 'no-response', 'blocked'],
};

for (const [path, screenIds] of Object.entries(pagesWithPictures)) {
	for (const viewport of [
		{ width: 360, height: 740 },
		{ width: 1280, height: 800 },
	]) {
		test(`/${path} shows its screens' pictures, each loaded and described, at ${viewport.width} px`, async ({
			page,
			pageProblems,
		}) => {
			await page.setViewportSize(viewport);
			await page.goto(path);
			const figures = page.getByRole('figure');
			await expect(figures).toHaveCount(screenIds.length);
			for (const [index, id] of screenIds.entries()) {
				const picture = figures.nth(index).getByRole('img', { name: screenPictureAlt(id), exact: true });
				await picture.scrollIntoViewIfNeeded();
				await expect(picture).toBeVisible();
				await expect
					.poll(() => picture.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0))
					.toBe(true);
				const shown = await picture.evaluate((img: HTMLImageElement) => ({
					file: img.currentSrc,
					width: img.getBoundingClientRect().width,
				}));
				expect(shown.file, `${id} at ${viewport.width} px`).toMatch(
					new RegExp(`/${id}-${viewport.width < 800 ? 'phone' : 'desktop'}\\.[^/]*\\.avif$`),
				);
				expect(shown.width).toBeLessThanOrEqual(viewport.width);
			}
			expect(pageProblems.consoleErrors).toEqual([]);
		});
	}
}

test('the pictures below the first screen wait until the reader scrolls to them', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('reset-password/');
	const pictures = page.getByRole('figure').getByRole('img');
	await expect(pictures.first()).toHaveAttribute('width', /\d+/);
	await expect(pictures.first()).toHaveAttribute('height', /\d+/);
	for (const picture of await pictures.all()) await expect(picture).toHaveAttribute('loading', 'lazy');
});
