export type PhoneSendVerb = 'text' | 'call';

export type PhoneCheckResult =
	{ ok: true } | { ok: false; reason: 'empty' | 'letters' | 'mismatch'; message: string };

const separators = /[\s\-.()[\]]/g;
const phoneCharacters = /^\+?[0-9\s\-.()[\]]*$/;

/**
 * Reduces a phone number to its digits. A leading `+` or `00` is only the international dialling prefix,
 * so it is dropped; what remains starts with the country code when one was typed.
 */
export function normalizePhoneNumber(input: string): string {
	const compact = input.trim().replace(separators, '');
	const withoutPrefix = compact.startsWith('+')
		? compact.slice(1)
		: compact.startsWith('00')
			? compact.slice(2)
			: compact;
	return withoutPrefix.replace(/\D/g, '');
}

/**
 * The country code of a number written in international form ("+CC rest"): the first group of digits after
 * the `+`, ended by a space or dash. Undefined when the number is not written that way, because the digits
 * alone cannot tell where a 1-, 2- or 3-digit country code ends.
 */
export function countryCodeOf(onFile: string): string | undefined {
	return /^\s*\+\s*(\d{1,3})[\s-]/.exec(onFile)?.[1];
}

/** Anything other than digits, separators and a leading `+` means the person typed something else. */
export function hasNonPhoneCharacters(typed: string): boolean {
	return !phoneCharacters.test(typed.trim());
}

/**
 * True when `typed` is the number on file, with or without its country code. Accepted forms, for
 * "+44 20 7946 0000": the full international number (with `+`, `00` or neither), the national number
 * ("20 7946 0000"), and the national number with the single trunk `0` many countries dial at home
 * ("020 7946 0000"). Separators are ignored; letters or other symbols never match.
 */
export function phoneNumbersMatch(
	onFile: string,
	typed: string,
	countryCode: string | undefined = countryCodeOf(onFile),
): boolean {
	if (hasNonPhoneCharacters(typed)) return false;
	const typedDigits = normalizePhoneNumber(typed);
	const fullDigits = normalizePhoneNumber(onFile);
	if (typedDigits === '' || fullDigits === '') return false;
	if (typedDigits === fullDigits) return true;
	if (countryCode === undefined || !fullDigits.startsWith(countryCode)) return false;
	const nationalDigits = fullDigits.slice(countryCode.length);
	return typedDigits === nationalDigits || typedDigits === `0${nationalDigits}`;
}

/** Like the portal, shows only the last two digits so the number on file is not disclosed. */
export function maskPhoneNumber(onFile: string): string {
	return `*****${normalizePhoneNumber(onFile).slice(-2)}`;
}

function nothingSent(sendVerb: PhoneSendVerb): string {
	return sendVerb === 'text' ? 'no text was sent' : 'no call was made';
}

export function checkPhoneNumber(
	onFile: string,
	typed: string,
	sendVerb: PhoneSendVerb = 'text',
	countryCode: string | undefined = countryCodeOf(onFile),
): PhoneCheckResult {
	if (typed.trim() === '') {
		return {
			ok: false,
			reason: 'empty',
			message: `The phone number box is empty, so ${nothingSent(sendVerb)}. Type the whole number, including the area code.`,
		};
	}
	if (hasNonPhoneCharacters(typed)) {
		return {
			ok: false,
			reason: 'letters',
			message: `A phone number has only digits, so ${nothingSent(sendVerb)}. Type the whole number, including the area code.`,
		};
	}
	if (!phoneNumbersMatch(onFile, typed, countryCode)) {
		return {
			ok: false,
			reason: 'mismatch',
			message: `That number doesn't match the one on file, so ${nothingSent(sendVerb)}. Type the whole number, including the area code.`,
		};
	}
	return { ok: true };
}
