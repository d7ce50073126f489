/**
 * The guide's pictures show the simulator as it is: each screen, opened the way
 * `npm run screenshots` opened it, still shows what the manifest says its pictures show.
 */
import { existsSync, readFileSync } from 'node:fs';
import { screens, screenIds } from '../../src/machines/screens';
import {
	openScreen,
	prepareScreenshotPage,
	screenContent,
	screenshotVariants,
	screenshotViewports,
} from '../../scripts/screenshots/capture';
import {
	pictureProblem,
	picturesWithoutScreen,
	regenerate,
	type ScreenshotManifest,
} from '../../scripts/screenshots/manifest';
import { expect, test } from './fixtures';

const folder = new URL('../../src/assets/screenshots/', import.meta.url);
const manifestFile = new URL('manifest.json', folder);
const manifest: ScreenshotManifest = existsSync(manifestFile)
	? JSON.parse(readFileSync(manifestFile, 'utf8'))
	: { generatedBy: '', seed: 0, time: '', scale: 1, screens: {} };

test.use({ viewport: screenshotViewports.desktop });

test.describe('the screenshots in the guide', () => {
	for (const screen of screens) {
		test(`show the ${screen.screen} screen as the simulator shows it now`, async ({ page }) => {
			await prepareScreenshotPage(page);
			const opened = await openScreen(page, screen);
			const problem = pictureProblem(manifest, screen.screen, await screenContent(opened));
			expect(problem, problem).toBeUndefined();
			for (const variant of screenshotVariants) {
				const file = manifest.screens[screen.screen]?.pictures[variant]?.file ?? '(none)';
				expect(
					existsSync(new URL(file, folder)),
					`The ${variant} picture of "${screen.screen}" (${file}) is missing: ${regenerate}.`,
				).toBe(true);
			}
		});
	}

	test('include no screen the simulator no longer has', () => {
		const extra = picturesWithoutScreen(manifest, screenIds);
		expect(extra, `Pictures of screens that are gone (${extra.join(', ')}): ${regenerate}.`).toEqual([]);
	});
});
