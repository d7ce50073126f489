// Finds a Chromium for Playwright. Playwright cannot download its own browsers on
// machines without access to its CDN, so we look, in order, at:
//   1. CHROMIUM_PATH (or PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH) from the environment,
//   2. the system's chromium (Debian's `chromium` package),
//   3. Playwright's own downloaded Chromium, if one exists.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const systemCandidates = [
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
];

function fromPath(name) {
	try {
		return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || undefined;
	} catch {
		return undefined;
	}
}

async function playwrightOwnChromium() {
	try {
		const { chromium } = await import('@playwright/test');
		const path = chromium.executablePath();
		return path && existsSync(path) ? path : undefined;
	} catch {
		return undefined;
	}
}

/** @returns {Promise<string | undefined>} the path of a Chromium executable, if any. */
export async function findChromium() {
	const fromEnv = process.env.CHROMIUM_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH;
	if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
	for (const candidate of systemCandidates) if (existsSync(candidate)) return candidate;
	return fromPath('chromium') ?? fromPath('chromium-browser') ?? (await playwrightOwnChromium());
}

/** Flags that keep headless Chromium from reaching out to Google's services on a closed network. */
export const quietChromiumArgs = [
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-default-apps',
	'--no-first-run',
	'--disable-quic',
];
