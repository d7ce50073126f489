import { describe, expect, it } from 'vitest';
import { screens } from '../machines/screens';
import {
	pictureLayout,
	screenPictureAlt,
	screenPictureDescriptions,
	screenPicturePaths,
} from './screenPictures';

describe('screen pictures', () => {
	it.each(screens.map((screen) => screen.screen))('describes what the %s screen shows', (id) => {
		expect(screenPictureDescriptions[id]?.length).toBeGreaterThan(20);
	});

	it('describes no screen the simulator does not have', () => {
		const ids = screens.map((screen) => screen.screen);
		expect(Object.keys(screenPictureDescriptions).filter((id) => !ids.includes(id))).toEqual([]);
	});

	it("starts the alternative text with the screen's title from the machine", () => {
		expect(screenPictureAlt('who-are-you')).toBe(
			'The “Who are you?” screen: an Email or Username box, a picture of characters to copy with New characters and Hear them buttons, a box for the characters, and Next and Cancel buttons.',
		);
	});

	it('never calls a picture a screenshot in its alternative text', () => {
		for (const screen of screens) expect(screenPictureAlt(screen.screen)).not.toMatch(/screenshot|image of/i);
	});

	it('refuses a screen that does not exist and lists the ones that do', () => {
		expect(() => screenPictureAlt('welcome')).toThrow(/no screen "welcome"[\s\S]*who-are-you, /);
	});

	it("finds a screen's desktop and phone pictures among the generated files", () => {
		const paths = [
			'../assets/screenshots/who-are-you-desktop.png',
			'../assets/screenshots/who-are-you-phone.png',
			'../assets/screenshots/second-method-desktop.png',
		];
		expect(screenPicturePaths(paths, 'who-are-you')).toEqual({
			desktop: '../assets/screenshots/who-are-you-desktop.png',
			phone: '../assets/screenshots/who-are-you-phone.png',
		});
	});

	it('finds nothing for a screen without both pictures, so the guide shows none', () => {
		const paths = ['../assets/screenshots/who-are-you-desktop.png'];
		expect(screenPicturePaths(paths, 'who-are-you')).toBeUndefined();
		expect(screenPicturePaths(paths, 'enter-code')).toBeUndefined();
	});

	it('does not take one screen for another whose id ends the same', () => {
		const paths = [
			'../assets/screenshots/second-enter-code-desktop.png',
			'../assets/screenshots/second-enter-code-phone.png',
		];
		expect(screenPicturePaths(paths, 'enter-code')).toBeUndefined();
	});

	it('shows a picture at its CSS size and offers it at 1× and 2×', () => {
		expect(pictureLayout({ width: 452, height: 696 }, 2)).toEqual({
			width: 452,
			height: 696,
			widths: [452, 904],
			sizes: '(max-width: 524px) calc(100vw - 72px), 452px',
		});
	});
});
