// Makes sure the browser tests have a Chromium, installing Debian's package when it can.
// A new user should get either a working browser or one clear sentence, never a stack trace.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium } from './chromium.mjs';

const found = await findChromium();
if (found) {
	console.log(`Browser tests will use Chromium at ${found}`);
	process.exit(0);
}

if (process.env.CHROMIUM_PATH || process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH) {
	console.error(
		`CHROMIUM_PATH is set to ${process.env.CHROMIUM_PATH ?? process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH}, but no file is there. Fix the path or unset it.`,
	);
	process.exit(1);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
	console.log('No Chromium found: installing Debian’s chromium package (apt-get install chromium)…');
	try {
		execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
		execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], {
			stdio: 'inherit',
			env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
		});
	} catch {
		console.error('Installing chromium with apt-get failed; see the messages above.');
		process.exit(1);
	}
	const installed = await findChromium();
	if (installed) {
		console.log(`Browser tests will use Chromium at ${installed}`);
		process.exit(0);
	}
}

console.error(
	[
		'The browser tests need Chromium, and none was found.',
		'Fix it in one of these ways, then run `npm test` again:',
		'  - Debian/Ubuntu: sudo apt-get install chromium',
		'  - any system with internet access: npx playwright install chromium',
		'  - or point to an existing Chrome/Chromium: CHROMIUM_PATH=/path/to/chrome npm test',
	].join('\n'),
);
process.exit(1);
