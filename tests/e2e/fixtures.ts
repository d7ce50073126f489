import { test as base, expect } from '@playwright/test';

/**
 * Every page test records console errors and requests to other origins; a test that
 * wants to check them reads `pageProblems`. The site promises never to load anything
 * from another origin, and a stressed reader must never meet a broken script.
 */
export const test = base.extend<{
	pageProblems: { consoleErrors: string[]; foreignRequests: string[] };
	cspViolations: () => Promise<string[]>;
}>({
	pageProblems: async ({ page, baseURL }, use) => {
		const origin = new URL(baseURL ?? 'http://localhost').origin;
		const problems = { consoleErrors: [] as string[], foreignRequests: [] as string[] };
		page.on('console', (message) => {
			// A failed load is reported with its address by the response listener below.
			if (message.type() === 'error' && !message.text().startsWith('Failed to load resource'))
				problems.consoleErrors.push(message.text());
		});
		page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
		page.on('response', (response) => {
			if (response.status() >= 400) problems.consoleErrors.push(`${response.status()} ${response.url()}`);
		});
		page.on('request', (request) => {
			const url = request.url();
			if (url.startsWith('data:') || url.startsWith('blob:')) return;
			if (new URL(url).origin !== origin) problems.foreignRequests.push(url);
		});
		await use(problems);
	},
	/**
	 * Everything the Content Security Policy blocked on the page so far: the browser's
	 * `securitypolicyviolation` events (recorded from before any script of the page runs)
	 * and console messages that mention the policy.
	 */
	cspViolations: async ({ page }, use) => {
		const fromConsole: string[] = [];
		page.on('console', (message) => {
			if (/content security policy/i.test(message.text())) fromConsole.push(message.text());
		});
		await page.addInitScript(() => {
			const seen: string[] = [];
			Object.defineProperty(window, '__cspViolations', { value: seen });
			document.addEventListener('securitypolicyviolation', (event) => {
				seen.push(
					`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`,
				);
			});
		});
		await use(async () => {
			const fromEvents = await page.evaluate(
				() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [],
			);
			return [...fromEvents, ...fromConsole];
		});
	},
});

export { expect };
