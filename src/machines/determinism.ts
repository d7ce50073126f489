/** Deterministic randomness and time: the machine draws from a seed; tests and screenshots fix both. */

/** A small seeded generator (mulberry32): the same seed gives the same CAPTCHA and codes. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** A clock that stands still, so authenticator codes don't change during a test. */
export const fixedClock =
	(time = Date.UTC(2026, 10, 1, 9, 0, 0)) =>
	() =>
		time;
