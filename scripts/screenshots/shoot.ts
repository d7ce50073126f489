/**
 * Takes every screen's pictures from a served build of the site and writes them with their
 * manifest. Run through `npm run screenshots` (scripts/screenshots.mjs), which serves the site.
 */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { format, resolveConfig } from 'prettier';
import { screens } from '../../src/machines/screens';
import {
	openScreen,
	picturesPhone,
	prepareScreenshotPage,
	screenContent,
	screenshotScale,
	screenshotSeed,
	screenshotTime,
	screenshotVariants,
	screenshotViewports,
} from './capture';
import { fingerprint, type ScreenshotManifest, type ScreenEntry } from './manifest';

export const manifestFile = 'manifest.json';

const shotOptions = { animations: 'disabled', caret: 'hide' } as const;

/**
 * Applied only while a picture is taken: hides what is around the portal and the phone (the
 * "Practice only" notice, the scenario picker), which the guide's reader does not need.
 */
const portalAndPhoneOnly = `section[aria-label="Password reset practice"] > :not(:has([data-screen])) { display: none !important; }`;

export function pictureFileName(screenId: string, variant: string): string {
	return `${screenId}-${variant}.png`;
}

/** A PNG's size in pixels, from its header. */
function pngSize(png: Buffer): { width: number; height: number } {
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export async function takeScreenshots({
	browser,
	baseURL,
	outDir,
	log = console.log,
}: {
	browser: Browser;
	baseURL: string;
	outDir: string;
	log?: (line: string) => void;
}): Promise<ScreenshotManifest> {
	await mkdir(outDir, { recursive: true });
	// Pictures of screens that no longer exist go: every file here is made below.
	for (const file of await readdir(outDir))
		if (file.endsWith('.png') || file === manifestFile) await rm(join(outDir, file));

	const entries: Record<string, ScreenEntry> = {};
	for (const screen of screens) {
		const withPhone = picturesPhone(screen);
		const entry: ScreenEntry = { fingerprint: '', content: '', withPhone, pictures: {} };
		for (const variant of screenshotVariants) {
			const context = await browser.newContext({
				baseURL,
				viewport: screenshotViewports[variant],
				deviceScaleFactor: screenshotScale,
				// The site's Content-Security-Policy forbids inline styles, and with them the stylesheet
				// that hides the notice while a picture is taken. Only here: the tests keep the policy.
				bypassCSP: true,
			});
			try {
				const page = await context.newPage();
				await prepareScreenshotPage(page);
				const opened = await openScreen(page, screen);
				// The desktop page gives the content the staleness test compares; the test opens it the same way.
				if (variant === 'desktop') {
					entry.content = await screenContent(opened);
					entry.fingerprint = fingerprint(entry.content);
				}
				const png = withPhone
					? await opened.simulator.screenshot({ ...shotOptions, style: portalAndPhoneOnly })
					: await opened.portal.screenshot(shotOptions);
				const file = pictureFileName(screen.screen, variant);
				await writeFile(join(outDir, file), png);
				const size = pngSize(png);
				entry.pictures[variant] = {
					file,
					width: Math.round(size.width / screenshotScale),
					height: Math.round(size.height / screenshotScale),
				};
				log(`${file}  ${size.width}×${size.height}  ${png.length} bytes`);
			} finally {
				await context.close();
			}
		}
		entries[screen.screen] = entry;
	}

	const manifest: ScreenshotManifest = {
		generatedBy: 'npm run screenshots (scripts/screenshots.mjs); do not edit',
		seed: screenshotSeed,
		time: screenshotTime.toISOString(),
		scale: screenshotScale,
		screens: entries,
	};
	// Written as the formatter would write it, so `npm run format:check` passes on a fresh manifest.
	const manifestPath = join(outDir, manifestFile);
	const options = await resolveConfig(manifestPath);
	await writeFile(
		manifestPath,
		await format(JSON.stringify(manifest), { ...options, filepath: manifestPath }),
	);
	return manifest;
}
