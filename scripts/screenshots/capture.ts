/**
 * Opens one simulator screen in a browser page exactly as `npm run screenshots` pictures it,
 * and reads what it shows. The script that takes the pictures and the test that says when they
 * are stale both come through here, so they can't open a screen in two different ways.
 */
import type { Locator, Page } from '@playwright/test';
import { planDeepLink, screenIds, type Screen } from '../../src/machines/screens';

/** Fixes the CAPTCHA characters and the codes sent (`?seed=`). */
export const screenshotSeed = 2611;

/** Fixes the practice authenticator app's code and its countdown. */
export const screenshotTime = new Date('2026-11-02T09:00:10Z');

/**
 * The two layouts each screen is pictured in, by viewport width in CSS pixels. The viewports are
 * taller than real screens so that every screen fits without scrolling: an element screenshot of
 * a screen that needs scrolling lost its bottom edge under Starlight's scroll padding.
 */
export const screenshotViewports = {
	desktop: { width: 1024, height: 1800 },
	phone: { width: 390, height: 1800 },
} as const;

export type ScreenshotVariant = keyof typeof screenshotViewports;
export const screenshotVariants = Object.keys(screenshotViewports) as ScreenshotVariant[];

/** Device pixels per CSS pixel: sharp on high-density screens; the site serves smaller sizes too. */
export const screenshotScale = 2;

/**
 * Screens whose step happens on the phone (a code arrives, it rings, it asks for approval):
 * their pictures show the practice phone beside the portal. Elsewhere the phone is idle and
 * the portal alone is clearer.
 */
const viewsWithPhone = new Set(['enterCode', 'answerCall', 'approveNotification']);

export function picturesPhone(screen: Screen): boolean {
	return viewsWithPhone.has(screen.view);
}

/** The practice page's address for a screen, relative to the site's base. */
export function practiceAddress(screenId: string): string {
	const plan = planDeepLink(screenId);
	if (!plan) throw new Error(`There is no screen "${screenId}". Screens: ${screenIds.join(', ')}`);
	const query = new URLSearchParams({
		screen: screenId,
		scenario: plan.scenario,
		seed: String(screenshotSeed),
	});
	return `practice/?${query}`;
}

/** Call before the page's first navigation: the clock must be fixed before any script runs. */
export async function prepareScreenshotPage(page: Page): Promise<void> {
	await page.clock.setFixedTime(screenshotTime);
	await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'reduce' });
}

export interface OpenedScreen {
	/** The whole simulator: the notice, the scenario picker, the portal and the phone. */
	simulator: Locator;
	portal: Locator;
	phone: Locator;
}

/** Opens the practice page at a screen and waits until the simulator shows it. */
export async function openScreen(page: Page, screen: Screen): Promise<OpenedScreen> {
	await page.goto(practiceAddress(screen.screen));
	const simulator = page.getByRole('region', { name: 'Password reset practice' });
	const portal = simulator.locator(`[data-screen="${screen.screen}"]`);
	const phone = simulator.getByRole('region', { name: 'Practice phone' });
	try {
		await portal.waitFor({ state: 'visible', timeout: 15_000 });
	} catch {
		const shown = await simulator
			.locator('[data-screen]')
			.getAttribute('data-screen', { timeout: 1000 })
			.catch(() => null);
		throw new Error(
			`The practice page at ${practiceAddress(screen.screen)} did not open the screen "${screen.screen}"` +
				(shown ? `; it shows "${shown}".` : '; the simulator did not appear.'),
		);
	}
	await page.evaluate(() => document.fonts.ready);
	return { simulator, portal, phone };
}

/**
 * What a screen shows, as text: the accessibility tree (roles, names, text, states) of the
 * portal and the phone. It changes when a screen's words, fields or buttons change, and not
 * when a pixel moves.
 */
export async function screenContent(opened: OpenedScreen): Promise<string> {
	const portal = await opened.portal.ariaSnapshot();
	const phone = await opened.phone.ariaSnapshot();
	return `# portal\n${portal}\n# practice phone\n${phone}\n`;
}
