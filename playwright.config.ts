import { defineConfig, devices } from '@playwright/test';
import { findChromium, quietChromiumArgs } from './scripts/chromium.mjs';

const executablePath = await findChromium();
const port = Number(process.env.PORT ?? 4329);
const base = process.env.SITE_BASE ?? '/';

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
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: { executablePath, args: quietChromiumArgs },
			},
		},
	],
	webServer: {
		command: `node scripts/serve.mjs --port ${port}`,
		url: `http://localhost:${port}${base}`,
		reuseExistingServer: !process.env.CI,
		stdout: 'ignore',
	},
});
