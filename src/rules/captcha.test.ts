import { describe, expect, it } from 'vitest';
import { captchaAlphabet, captchaMatches, describeCaptcha, drawCaptcha } from './captcha';

function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 2 ** 32;
	};
}

describe('captchaAlphabet', () => {
	it('leaves out characters that are easy to misread', () => {
		for (const confusing of ['0', 'O', '1', 'I', 'l']) expect(captchaAlphabet).not.toContain(confusing);
	});

	it('has only upper-case letters and digits, each once', () => {
		expect(captchaAlphabet).toMatch(/^[A-Z2-9]+$/);
		expect(new Set(captchaAlphabet).size).toBe(captchaAlphabet.length);
	});
});

describe('drawCaptcha', () => {
	it('draws five characters from the alphabet by default', () => {
		const captcha = drawCaptcha(seededRandom(1));

		expect(captcha).toHaveLength(5);
		for (const character of captcha) expect(captchaAlphabet).toContain(character);
	});

	it('draws the requested number of characters', () => {
		expect(drawCaptcha(seededRandom(1), 7)).toHaveLength(7);
	});

	it('draws fresh characters on each call from the same source', () => {
		const random = seededRandom(42);

		const first = drawCaptcha(random);
		const second = drawCaptcha(random);

		expect(second).not.toBe(first);
	});

	it('repeats the same draw for the same seed', () => {
		expect(drawCaptcha(seededRandom(7))).toBe(drawCaptcha(seededRandom(7)));
	});

	it('maps the lowest and highest random values to the first and last characters', () => {
		expect(drawCaptcha(() => 0, 1)).toBe(captchaAlphabet.charAt(0));
		expect(drawCaptcha(() => 0.999999, 1)).toBe(captchaAlphabet.charAt(captchaAlphabet.length - 1));
		expect(drawCaptcha(() => 1, 1)).toBe(captchaAlphabet.charAt(captchaAlphabet.length - 1));
	});
});

describe('captchaMatches', () => {
	it('accepts the characters typed exactly', () => {
		expect(captchaMatches('7K2PX', '7K2PX')).toBe(true);
	});

	it('accepts the characters typed in lower case', () => {
		expect(captchaMatches('7K2PX', '7k2px')).toBe(true);
	});

	it('ignores spaces between characters and around them', () => {
		expect(captchaMatches('7K2PX', '  7 K 2 P X ')).toBe(true);
	});

	it('rejects a wrong character', () => {
		expect(captchaMatches('7K2PX', '7K2PY')).toBe(false);
	});

	it('rejects a missing character', () => {
		expect(captchaMatches('7K2PX', '7K2P')).toBe(false);
	});

	it('rejects an empty answer', () => {
		expect(captchaMatches('7K2PX', '   ')).toBe(false);
	});
});

describe('describeCaptcha', () => {
	it('reads the characters one by one after a colon', () => {
		expect(describeCaptcha('7K2PX')).toBe('Practice CAPTCHA, characters: 7 K 2 P X');
	});
});
