import { describe, expect, it } from 'vitest';
import {
	authenticatorCodeAt,
	checkVerificationCode,
	generateVerificationCode,
	isBlockedAfter,
	maxCodeAttempts,
	secondsUntilNextCode,
	verificationCodeLength,
} from './code';

function sequence(values: number[]): () => number {
	let index = 0;
	return () => values[index++ % values.length] ?? 0;
}

describe('generateVerificationCode', () => {
	it('makes a code of six digits', () => {
		expect(verificationCodeLength).toBe(6);
		expect(generateVerificationCode(sequence([0.31, 0.77, 0.52]))).toMatch(/^[0-9]{6}$/);
	});

	it('can start with 0', () => {
		expect(generateVerificationCode(sequence([0, 0.42, 0.95, 0.1, 0.5, 0.33]))).toBe('049153');
	});

	it('keeps to single digits when the source returns 1', () => {
		expect(generateVerificationCode(() => 1)).toBe('999999');
	});
});

describe('checkVerificationCode', () => {
	it('accepts the code that was sent', () => {
		expect(checkVerificationCode('042917', '042917')).toEqual({ ok: true });
	});

	it('accepts the code with spaces inside and around it', () => {
		expect(checkVerificationCode('123456', '  123 456 ')).toEqual({ ok: true });
	});

	it('asks for the code when nothing was typed', () => {
		expect(checkVerificationCode('123456', '  ')).toMatchObject({ ok: false, reason: 'empty' });
	});

	it.each(['12345', '1234567', '12345a', '12-3456'])(
		'asks for the 6-digit code when "%s" is typed',
		(typed) => {
			const result = checkVerificationCode('123456', typed);

			expect(result).toMatchObject({ ok: false, reason: 'format' });
			expect(result.ok || result.message).toMatch(/^Enter the 6-digit code/);
		},
	);

	it('reports a wrong code as a mismatch', () => {
		expect(checkVerificationCode('123456', '654321')).toMatchObject({ ok: false, reason: 'mismatch' });
	});
});

describe('isBlockedAfter', () => {
	it('allows four failed attempts', () => {
		expect(isBlockedAfter(4)).toBe(false);
	});

	it('blocks at the fifth failed attempt', () => {
		expect(maxCodeAttempts).toBe(5);
		expect(isBlockedAfter(5)).toBe(true);
	});
});

describe('authenticatorCodeAt', () => {
	const windowStart = 1_700_000_010_000;

	it('makes a six-digit code', () => {
		expect(authenticatorCodeAt(windowStart, 'adele')).toMatch(/^[0-9]{6}$/);
	});

	it('keeps the same code throughout a 30-second window', () => {
		const code = authenticatorCodeAt(windowStart, 'adele');

		expect(authenticatorCodeAt(windowStart + 15_000, 'adele')).toBe(code);
		expect(authenticatorCodeAt(windowStart + 29_999, 'adele')).toBe(code);
	});

	it('changes the code in the next window', () => {
		expect(authenticatorCodeAt(windowStart + 30_000, 'adele')).not.toBe(
			authenticatorCodeAt(windowStart, 'adele'),
		);
	});

	it('differs between seeds at the same moment', () => {
		expect(authenticatorCodeAt(windowStart, 'adele')).not.toBe(authenticatorCodeAt(windowStart, 'megan'));
	});
});

describe('secondsUntilNextCode', () => {
	it('is 30 at the start of a window', () => {
		expect(secondsUntilNextCode(1_700_000_010_000)).toBe(30);
	});

	it('counts down to 1 at the end of a window', () => {
		expect(secondsUntilNextCode(1_700_000_010_000 + 12_500)).toBe(18);
		expect(secondsUntilNextCode(1_700_000_010_000 + 29_999)).toBe(1);
	});
});
