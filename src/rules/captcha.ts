/**
 * Upper-case letters and digits, minus the pairs people misread: 0/O and 1/I (a typed lower-case l is
 * upper-cased before comparing, so it could only be confused with I, which is also left out).
 */
export const captchaAlphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

export const captchaLength = 5;

/** Draws fresh characters; pass a seeded `random` in tests so the draw is repeatable. */
export function drawCaptcha(random: () => number = Math.random, length = captchaLength): string {
	let captcha = '';
	for (let drawn = 0; drawn < length; drawn++) {
		// Clamped because a hand-written random source may return exactly 1.
		const index = Math.min(captchaAlphabet.length - 1, Math.floor(random() * captchaAlphabet.length));
		captcha += captchaAlphabet.charAt(index);
	}
	return captcha;
}

function compactUpperCase(text: string): string {
	return text.replace(/\s+/g, '').toUpperCase();
}

/** People often type CAPTCHAs in lower case or copy the spaced-out reading, so both are forgiven. */
export function captchaMatches(expected: string, typed: string): boolean {
	const wanted = compactUpperCase(expected);
	return wanted.length > 0 && compactUpperCase(typed) === wanted;
}

/** The text alternative screen reader users hear instead of the distorted image. */
export function describeCaptcha(chars: string): string {
	return `Practice CAPTCHA, characters: ${[...compactUpperCase(chars)].join(' ')}`;
}
