export const verificationCodeLength = 6;
export const maxCodeAttempts = 5;
export const authenticatorPeriodSeconds = 30;

const authenticatorPeriodMs = authenticatorPeriodSeconds * 1000;

export type CodeCheckResult =
	{ ok: true } | { ok: false; reason: 'empty' | 'format' | 'mismatch'; message: string };

/** Any digit may come first, so codes such as "042917" occur, as they do in real messages. */
export function generateVerificationCode(random: () => number = Math.random): string {
	let code = '';
	for (let digit = 0; digit < verificationCodeLength; digit++) {
		// Clamped because a hand-written random source may return exactly 1.
		code += String(Math.min(9, Math.floor(random() * 10)));
	}
	return code;
}

/** Codes are often read aloud or copied in groups ("123 456"), so spaces inside are forgiven. */
export function checkVerificationCode(expected: string, typed: string): CodeCheckResult {
	const compact = typed.trim().replace(/\s+/g, '');
	if (compact === '') {
		return { ok: false, reason: 'empty', message: 'Enter the 6-digit code from the message we sent you.' };
	}
	if (!new RegExp(`^[0-9]{${verificationCodeLength}}$`).test(compact)) {
		return {
			ok: false,
			reason: 'format',
			message: 'Enter the 6-digit code from the message. It has 6 numbers and no letters.',
		};
	}
	if (compact !== expected) {
		return {
			ok: false,
			reason: 'mismatch',
			message: "That code doesn't match the one we sent. Check the message and type the code again.",
		};
	}
	return { ok: true };
}

export function isBlockedAfter(failedAttempts: number): boolean {
	return failedAttempts >= maxCodeAttempts;
}

/** FNV-1a followed by a finalizing mix: cheap, deterministic and spread enough for a practice code. */
function hashToUint32(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	hash ^= hash >>> 16;
	hash = Math.imul(hash, 0x85ebca6b);
	hash ^= hash >>> 13;
	hash = Math.imul(hash, 0xc2b2ae35);
	hash ^= hash >>> 16;
	return hash >>> 0;
}

/**
 * A practice stand-in for an authenticator app's code: the same for every moment of a 30-second window,
 * different in the next. Not TOTP; it only has to behave like one on screen.
 */
export function authenticatorCodeAt(timeMs: number, seed: string): string {
	const timeStep = Math.floor(timeMs / authenticatorPeriodMs);
	return String(hashToUint32(`${seed}:${timeStep}`) % 10 ** verificationCodeLength).padStart(
		verificationCodeLength,
		'0',
	);
}

/** Counts down from 30 to 1, like the ring beside a code in the app; at a window's first moment it is 30. */
export function secondsUntilNextCode(timeMs: number): number {
	const elapsedMs = ((timeMs % authenticatorPeriodMs) + authenticatorPeriodMs) % authenticatorPeriodMs;
	return authenticatorPeriodSeconds - Math.floor(elapsedMs / 1000);
}
