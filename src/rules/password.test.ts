import { describe, expect, it } from 'vitest';
import {
	bannedPasswordMessage,
	bannedTermsFor,
	checkNewPassword,
	defaultPasswordPolicy,
	describePasswordPolicy,
	findDisallowedCharacters,
	isWithinOneEdit,
	normalizeForBannedCheck,
	passwordStrength,
	scoreBannedPassword,
	userNameParts,
	type NewPasswordInput,
	type PasswordContext,
	type PasswordPolicy,
} from './password';

const contosoPolicy: PasswordPolicy = { ...defaultPasswordPolicy, bannedTerms: ['blank'] };
const context: PasswordContext = {
	policy: contosoPolicy,
	organizationName: 'contoso',
	userName: 'adele.vance',
};

function check(password: string, overrides: Partial<NewPasswordInput> = {}) {
	return checkNewPassword({ ...context, password, confirmation: password, ...overrides });
}

function failedRules(password: string, overrides: Partial<NewPasswordInput> = {}) {
	const result = check(password, overrides);
	return result.ok ? [] : result.failures.map((failure) => failure.rule);
}

describe('normalizeForBannedCheck', () => {
	it('lower-cases and undoes the four look-alike substitutions', () => {
		expect(normalizeForBannedCheck('P@$$w0rd1')).toBe('passwordl');
	});

	it('leaves other digits alone', () => {
		expect(normalizeForBannedCheck('Pa33word')).toBe('pa33word');
	});
});

describe('isWithinOneEdit', () => {
	it.each([
		['blank', 'blank'],
		['blanc', 'blank'],
		['bllank', 'blank'],
		['blnk', 'blank'],
	])('counts "%s" as "%s"', (window, term) => {
		expect(isWithinOneEdit(window, term)).toBe(true);
	});

	it.each([
		['blunc', 'blank'],
		['blaaank', 'blank'],
		['bnk', 'blank'],
	])('does not count "%s" as "%s"', (window, term) => {
		expect(isWithinOneEdit(window, term)).toBe(false);
	});
});

describe('userNameParts', () => {
	it('splits the sign-in name on dots, underscores, dashes and digits', () => {
		expect(userNameParts('Adele.Vance_de-la2rue@contoso.com')).toEqual(['adele', 'vance', 'rue']);
	});

	it('drops parts shorter than three letters', () => {
		expect(userNameParts('jo.li.kim')).toEqual(['kim']);
	});
});

describe('bannedTermsFor', () => {
	it('includes the built-in list, the organization list, the organization name and the name parts', () => {
		const terms = bannedTermsFor(context);

		expect(terms).toEqual(expect.arrayContaining(['password', 'blank', 'contoso', 'adele', 'vance']));
	});
});

describe('scoreBannedPassword', () => {
	const terms = bannedTermsFor(context);

	it('scores the spec example C0ntos0Blank12 as 4', () => {
		expect(scoreBannedPassword('C0ntos0Blank12', terms)).toEqual({
			score: 4,
			matchedTerms: ['contoso', 'blank'],
		});
	});

	it('scores the spec example ContoS0Bl@nkf9! as 5', () => {
		expect(scoreBannedPassword('ContoS0Bl@nkf9!', terms).score).toBe(5);
	});

	it('counts a term with one wrong letter', () => {
		expect(scoreBannedPassword('Blanc99', ['blank'])).toEqual({ score: 3, matchedTerms: ['blank'] });
	});

	it('counts a term with one extra letter', () => {
		expect(scoreBannedPassword('bllank99', ['blank'])).toEqual({ score: 3, matchedTerms: ['blank'] });
	});

	it('counts a term with one missing letter', () => {
		expect(scoreBannedPassword('blnk99', ['blank'])).toEqual({ score: 3, matchedTerms: ['blank'] });
	});

	it('does not count a term with two edits', () => {
		expect(scoreBannedPassword('blunc99', ['blank'])).toEqual({ score: 7, matchedTerms: [] });
	});

	it('counts a term each time it occurs', () => {
		expect(scoreBannedPassword('blankblank!', ['blank']).score).toBe(3);
	});

	it('prefers an exact match to a longer fuzzy one', () => {
		expect(scoreBannedPassword('blankf9!', ['blank']).score).toBe(4);
	});

	it('does not let a term match across a removed span', () => {
		expect(scoreBannedPassword('blaXXXXXnk', ['blank', 'xxxxx']).score).toBe(6);
	});
});

describe('checkNewPassword', () => {
	it('accepts a password that follows every rule', () => {
		expect(check('Harbour-Lights-42')).toEqual({ ok: true });
	});

	it('rejects C0ntos0Blank12, which scores 4 on the banned-password check', () => {
		expect(check('C0ntos0Blank12')).toEqual({
			ok: false,
			failures: [{ rule: 'banned', field: 'password', message: bannedPasswordMessage }],
		});
	});

	it('accepts ContoS0Bl@nkf9!, which scores 5 on the banned-password check', () => {
		expect(check('ContoS0Bl@nkf9!')).toEqual({ ok: true });
	});

	it("rejects a password made mostly of the user's name", () => {
		expect(failedRules('Adele.Vance1')).toEqual(['banned']);
	});

	it("accepts a password containing the user's name when enough else remains, as the portal does", () => {
		expect(check('Vance2026!')).toEqual({ ok: true });
	});

	it('rejects a common password hidden by look-alike characters', () => {
		expect(failedRules('P@$$w0rd1!')).toEqual(['banned']);
	});

	it('rejects a password with a misspelt banned term when the score is too low', () => {
		expect(failedRules('Bllank#Contoso')).toEqual(['banned']);
	});

	it('skips the banned-password check when the policy turns it off', () => {
		const policy = { ...contosoPolicy, checkBannedPasswords: false };

		expect(check('C0ntos0Blank12', { policy })).toEqual({ ok: true });
	});

	it('asks for a password when the box is empty', () => {
		expect(check('')).toEqual({
			ok: false,
			failures: [{ rule: 'empty', field: 'password', message: 'Type a new password.' }],
		});
	});

	it('says how long a short password is', () => {
		const result = check('Ab1!xy');

		expect(result.ok ? [] : result.failures[0]).toEqual({
			rule: 'tooShort',
			field: 'password',
			message: 'Use at least 8 characters. This one has 6.',
		});
	});

	it('rejects a password longer than the maximum', () => {
		const policy = { ...contosoPolicy, maxLength: 16 };

		expect(failedRules('Harbour-Lights-42', { policy })).toEqual(['tooLong']);
	});

	it('counts an emoji as one character', () => {
		const result = check('Ab1😀xyz');

		expect(result.ok ? [] : result.failures.map((failure) => failure.message)).toContain(
			'Use at least 8 characters. This one has 7.',
		);
	});

	it('rejects a password with only two kinds of character', () => {
		const result = check('harbourlights42');

		expect(result.ok ? [] : result.failures).toEqual([
			{
				rule: 'characterClasses',
				field: 'password',
				message: 'Use at least three of these: lower-case letters, capital letters, numbers, symbols.',
			},
		]);
	});

	it('does not count a space as a symbol', () => {
		expect(failedRules('harbour lights 42')).toEqual(['characterClasses']);
	});

	it.each(['é', '£', '😀'])('rejects the character %s and names it', (character) => {
		const result = check(`Harbour-Lights-42${character}`);

		expect(result.ok ? [] : result.failures.map((failure) => failure.rule)).toEqual(['disallowedCharacter']);
		expect(result.ok ? '' : result.failures[0]?.message).toContain(`"${character}"`);
	});

	it('names each disallowed character once', () => {
		expect(findDisallowedCharacters('Café-Café-£5')).toEqual(['é', '£']);
	});

	it('describes an invisible character by its code', () => {
		const result = check('Harbour\tLights-42');

		expect(result.ok ? '' : result.failures[0]?.message).toContain('U+0009');
	});

	it('accepts every allowed symbol', () => {
		expect(findDisallowedCharacters('@#$%^&*-_!+=[]{}|\\:\',.?/`~"();<> Az09')).toEqual([]);
	});

	it('puts a disallowed character before the other failures, and mismatch last', () => {
		expect(failedRules('ab£', { confirmation: 'ab' })).toEqual([
			'disallowedCharacter',
			'tooShort',
			'characterClasses',
			'banned',
			'mismatch',
		]);
	});

	it('reports a confirmation that differs on the confirmation field', () => {
		const result = check('Harbour-Lights-42', { confirmation: 'Harbour-Lights-24' });

		expect(result).toEqual({
			ok: false,
			failures: [
				{
					rule: 'mismatch',
					field: 'confirmation',
					message: "The two passwords don't match. Type the same new password in both boxes.",
				},
			],
		});
	});

	it('asks for the confirmation when that box is empty', () => {
		const result = check('Harbour-Lights-42', { confirmation: '' });

		expect(result.ok ? [] : result.failures).toEqual([
			expect.objectContaining({ rule: 'empty', field: 'confirmation' }),
		]);
	});

	describe('with a stricter policy of 12 characters and all four kinds', () => {
		const policy: PasswordPolicy = { ...contosoPolicy, minLength: 12, requiredCharacterClasses: 4 };

		it('rejects an 11-character password', () => {
			const result = check('Harbour-L42', { policy });

			expect(result.ok ? [] : result.failures.map((failure) => failure.message)).toEqual([
				'Use at least 12 characters. This one has 11.',
			]);
		});

		it('rejects a password without a symbol', () => {
			const result = check('HarbourLights42', { policy });

			expect(result.ok ? [] : result.failures.map((failure) => failure.message)).toEqual([
				'Use all four of these: lower-case letters, capital letters, numbers, symbols.',
			]);
		});

		it('accepts a password with all four kinds and 12 characters', () => {
			expect(check('Harbour-Li42', { policy })).toEqual({ ok: true });
		});
	});
});

describe('passwordStrength', () => {
	it('calls an empty password too short', () => {
		expect(passwordStrength('', context)).toEqual({ level: 0, label: 'Too short' });
	});

	it('calls a password under the minimum length too short', () => {
		expect(passwordStrength('Ab1!', context)).toEqual({ level: 0, label: 'Too short' });
	});

	it('calls a long password that breaks a rule weak', () => {
		expect(passwordStrength('P@$$w0rd1!', context)).toEqual({ level: 1, label: 'Weak' });
		expect(passwordStrength('harbourlightsandmore', context)).toEqual({ level: 1, label: 'Weak' });
	});

	it('calls a short accepted password fair', () => {
		expect(passwordStrength('Harbour42', context)).toEqual({ level: 2, label: 'Fair' });
	});

	it('calls an accepted password with all four kinds good', () => {
		expect(passwordStrength('Harbour-42', context)).toEqual({ level: 3, label: 'Good' });
	});

	it('calls a long accepted password strong', () => {
		expect(passwordStrength('Harbour-Lights-42', context)).toEqual({ level: 4, label: 'Strong' });
	});

	it('never rates a refused password above weak', () => {
		for (const password of [
			'C0ntos0Blank12',
			'Adele.Vance1',
			'harbour lights 42 and more',
			'Harbour-Lights-£',
		]) {
			expect(check(password).ok).toBe(false);
			expect(passwordStrength(password, context).level).toBeLessThanOrEqual(1);
		}
	});
});

describe('describePasswordPolicy', () => {
	it('says the length and the kinds of character the policy needs', () => {
		expect(
			describePasswordPolicy({ ...defaultPasswordPolicy, minLength: 12, requiredCharacterClasses: 4 }),
		).toMatch(/^Use 12 to 256 characters\. Use all four of these: /);
	});
});
