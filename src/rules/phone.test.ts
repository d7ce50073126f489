import { describe, expect, it } from 'vitest';
import {
	checkPhoneNumber,
	countryCodeOf,
	maskPhoneNumber,
	normalizePhoneNumber,
	phoneNumbersMatch,
} from './phone';

const onFile = '+1 425 555 0105';

describe('normalizePhoneNumber', () => {
	it('removes spaces, dashes, dots and brackets', () => {
		expect(normalizePhoneNumber(' (425) 555-01.05 [x] ')).toBe('4255550105');
	});

	it('drops a leading + international prefix', () => {
		expect(normalizePhoneNumber('+1 425 555 0105')).toBe('14255550105');
	});

	it('drops a leading 00 international prefix', () => {
		expect(normalizePhoneNumber('00 44 20 7946 0000')).toBe('442079460000');
	});
});

describe('countryCodeOf', () => {
	it('reads the first group after the +', () => {
		expect(countryCodeOf('+44 20 7946 0000')).toBe('44');
	});

	it('is unknown when the number is not written with a + and a space', () => {
		expect(countryCodeOf('4255550105')).toBeUndefined();
		expect(countryCodeOf('+14255550105')).toBeUndefined();
	});
});

describe('phoneNumbersMatch', () => {
	it.each([
		'(425) 555-0105',
		'425-555-0105',
		'+1 425 555 0105',
		'001 425 555 0105',
		'14255550105',
		'425.555.0105',
	])('accepts %s for +1 425 555 0105', (typed) => {
		expect(phoneNumbersMatch(onFile, typed)).toBe(true);
	});

	it.each(['425 555 0106', '555 0105', '', '   ', '44 425 555 0105'])(
		'rejects "%s" for +1 425 555 0105',
		(typed) => {
			expect(phoneNumbersMatch(onFile, typed)).toBe(false);
		},
	);

	it('rejects a number containing letters even if its digits match', () => {
		expect(phoneNumbersMatch(onFile, '425 555 0105 ext')).toBe(false);
		expect(phoneNumbersMatch(onFile, '425-555-O1O5')).toBe(false);
	});

	it('accepts a national number dialled with a trunk 0', () => {
		expect(phoneNumbersMatch('+44 20 7946 0000', '020 7946 0000')).toBe(true);
	});

	it('accepts only the full number when the country code is unknown', () => {
		expect(phoneNumbersMatch('+14255550105', '+1 425 555 0105')).toBe(true);
		expect(phoneNumbersMatch('+14255550105', '425 555 0105')).toBe(false);
	});

	it('uses an explicit country code when given', () => {
		expect(phoneNumbersMatch('+14255550105', '425 555 0105', '1')).toBe(true);
	});
});

describe('maskPhoneNumber', () => {
	it('shows five asterisks and the last two digits', () => {
		expect(maskPhoneNumber(onFile)).toBe('*****05');
	});
});

describe('checkPhoneNumber', () => {
	it('accepts the number on file', () => {
		expect(checkPhoneNumber(onFile, '425 555 0105')).toEqual({ ok: true });
	});

	it('explains that nothing was sent for an empty box', () => {
		const result = checkPhoneNumber(onFile, ' ');

		expect(result).toMatchObject({ ok: false, reason: 'empty' });
		expect(result.ok || result.message).toContain('no text was sent');
	});

	it('reports letters separately from a wrong number', () => {
		expect(checkPhoneNumber(onFile, 'four two five')).toMatchObject({ ok: false, reason: 'letters' });
	});

	it('explains a mismatch in plain words for a text', () => {
		expect(checkPhoneNumber(onFile, '425 555 0106', 'text')).toEqual({
			ok: false,
			reason: 'mismatch',
			message:
				"That number doesn't match the one on file, so no text was sent. Type the whole number, including the area code.",
		});
	});

	it('says no call was made when the method is a call', () => {
		const result = checkPhoneNumber(onFile, '425 555 0106', 'call');

		expect(result.ok || result.message).toBe(
			"That number doesn't match the one on file, so no call was made. Type the whole number, including the area code.",
		);
	});
});
