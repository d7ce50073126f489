import { defineConfig, devices } from '@playwright/test';
import { findChromium, quietChromiumArgs } from './scripts/chromium.mjs';

const executablePath = await findChromium();
const port = Number(process.env.PORT ?? 4329);
const base = process.env.SITE_BASE ?? '/';

/** The sub-path build (`npm run build:subpath`) and where it is served, for the `subpath` project. */
export const subpathBase = '/it/password-help/';
export const subpathDist = 'dist-subpath';
const subpathPort = port + 1;

const chromium = {
	...devices['Desktop Chrome'],
	launchOptions: { executablePath, args: quietChromiumArgs },
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: process.env.CI ? [['list'], ['line']] : 'list',
	use: {
		baseURL: `http://localhost:${port}${base}`,
		trace: 'retain-on-failure',
	},
	projects: [
		{ name: 'chromium', use: chromium, testIgnore: 'subpath.spec.ts' },
		{
			name: 'subpath',
			use: { ...chromium, baseURL: `http://localhost:${subpathPort}${subpathBase}` },
			testMatch: 'subpath.spec.ts',
		},
	],
	webServer: [
		{
			command: `node scripts/serve.mjs --port ${port}`,
			url: `http://localhost:${port}${base}`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore',
		},
		{
			command: `node scripts/serve.mjs --port ${subpathPort} --dir ${subpathDist}`,
			env: { SITE_BASE: subpathBase },
			url: `http://localhost:${subpathPort}${subpathBase}`,
			reuseExistingServer: !process.env.CI,
			stdout: 'ignore',
		},
	],
});
