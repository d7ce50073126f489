import { describe, expect, it } from 'vitest';
import {
	fingerprint,
	pictureProblem,
	picturesWithoutScreen,
	type ScreenshotManifest,
} from '../../scripts/screenshots/manifest';

const pictured = `# portal
- heading "Who are you?" [level=3]
- textbox "Email or Username"
- button "Next"
`;

function manifestOf(content: string): Pick<ScreenshotManifest, 'screens'> {
	return {
		screens: {
			'who-are-you': { fingerprint: fingerprint(content), content, withPhone: false, pictures: {} },
		},
	};
}

describe('the screenshots staleness check', () => {
	it('passes a screen that shows what its pictures show', () => {
		expect(pictureProblem(manifestOf(pictured), 'who-are-you', pictured)).toBeUndefined();
	});

	it('fails a changed screen, naming it, showing the change and saying how to fix it', () => {
		const changed = pictured.replace('button "Next"', 'button "Continue"');
		expect(pictureProblem(manifestOf(pictured), 'who-are-you', changed)).toBe(
			[
				'The pictures of the screen "who-are-you" are stale: the screen has changed since they were taken, so run `npm run screenshots`.',
				'What changed (- pictured, + now):',
				'- - button "Next"',
				'+ - button "Continue"',
			].join('\n'),
		);
	});

	it('fails a screen whose lines only moved', () => {
		const reordered = pictured.replace(
			'- textbox "Email or Username"\n- button "Next"',
			'- button "Next"\n- textbox "Email or Username"',
		);
		expect(pictureProblem(manifestOf(pictured), 'who-are-you', reordered)).toMatch(
			/"who-are-you" are stale[\s\S]*the same lines in another order/,
		);
	});

	it('fails a screen that has no pictures yet', () => {
		expect(pictureProblem(manifestOf(pictured), 'blocked', pictured)).toBe(
			'The screen "blocked" has no pictures in the screenshots manifest: run `npm run screenshots`.',
		);
	});

	it('finds pictures of screens the machine no longer has', () => {
		expect(picturesWithoutScreen(manifestOf(pictured), ['choose-method'])).toEqual(['who-are-you']);
		expect(picturesWithoutScreen(manifestOf(pictured), ['who-are-you'])).toEqual([]);
	});

	it('fingerprints the same content the same way, and different content differently', () => {
		expect(fingerprint(pictured)).toBe(fingerprint(`${pictured}`));
		expect(fingerprint(pictured)).not.toBe(fingerprint(`${pictured} `));
	});
});
