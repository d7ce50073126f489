// Takes a picture of every simulator screen, at a desktop and a phone width, for the guide:
//   npm run screenshots            (builds the site first)
//   node scripts/screenshots.mjs   (uses dist/ as it is; builds it only if it is missing)
// Writes src/assets/screenshots/*.png and manifest.json; `npm test` says when they are stale.
// The work is in scripts/screenshots/shoot.ts, loaded through Vite because the machine's
// modules are TypeScript with extensionless imports, which Node alone can't load.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { findChromium, quietChromiumArgs } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('../src/assets/screenshots/', import.meta.url));

if (!existsSync(`${root}dist/index.html`)) {
	console.log('There is no built site in dist/: building it first.');
	const build = spawnSync('npx', ['astro', 'build'], { cwd: root, stdio: 'inherit' });
	if (build.status !== 0) process.exit(build.status ?? 1);
}

/** A port nobody is listening on, so the script runs beside `npm run preview` and the tests. */
function freePort() {
	return new Promise((resolve, reject) => {
		const probe = createServer().listen(0, 'localhost', () => {
			const { port } = probe.address();
			probe.close(() => resolve(port));
		});
		probe.on('error', reject);
	});
}

async function waitForServer(url, server) {
	for (let attempt = 0; attempt < 100; attempt++) {
		if (server.exitCode !== null)
			throw new Error(`scripts/serve.mjs stopped (exit code ${server.exitCode}).`);
		try {
			if ((await fetch(url)).ok) return;
		} catch {
			// Not listening yet.
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`scripts/serve.mjs did not answer at ${url}.`);
}

// Serve a copy: another `astro build` rewriting dist/ halfway through would break the pictures.
const site = await mkdtemp(join(tmpdir(), 'screenshots-site-'));
await cp(`${root}dist`, site, { recursive: true });

const port = await freePort();
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const baseURL = `http://localhost:${port}${base}`;
const server = spawn(process.execPath, ['scripts/serve.mjs', '--port', String(port), '--dir', site], {
	cwd: root,
	stdio: 'ignore',
});
let browser;
try {
	await waitForServer(baseURL, server);
	const executablePath = await findChromium();
	if (!executablePath)
		throw new Error("No Chromium found: install Debian's `chromium`, or set CHROMIUM_PATH.");
	browser = await chromium.launch({ executablePath, args: quietChromiumArgs });
	const { module: shoot } = await runnerImport(`${root}scripts/screenshots/shoot.ts`, {
		configFile: false,
		logLevel: 'error',
	});
	const manifest = await shoot.takeScreenshots({ browser, baseURL, outDir });
	console.log(`\n${Object.keys(manifest.screens).length} screens pictured in ${outDir}`);
} catch (error) {
	console.error(error instanceof Error ? error.message : error);
	process.exitCode = 1;
} finally {
	await browser?.close();
	server.kill();
	await rm(site, { recursive: true, force: true });
}
