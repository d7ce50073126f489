import { describe, expect, it } from 'vitest';
import { checkUserName, securityAnswersMatch } from './account';

describe('checkUserName', () => {
	it('accepts an email address and a plain username', () => {
		expect(checkUserName('alex.wilber@contoso.com')).toEqual({ ok: true });
		expect(checkUserName('  awilber ')).toEqual({ ok: true });
	});

	it('asks for something when the field is empty', () => {
		expect(checkUserName('   ')).toMatchObject({
			ok: false,
			message: expect.stringContaining('Enter your work email'),
		});
	});

	it('refuses spaces inside the name', () => {
		expect(checkUserName('alex wilber')).toMatchObject({
			ok: false,
			message: expect.stringContaining('no spaces'),
		});
	});

	it('refuses an email address without a domain', () => {
		expect(checkUserName('alex@contoso')).toMatchObject({
			ok: false,
			message: expect.stringContaining('name@example.com'),
		});
	});
});

describe('securityAnswersMatch', () => {
	it('ignores capitals and extra spaces', () => {
		expect(securityAnswersMatch(['Springfield', 'Biscuit'], [' springfield', 'BISCUIT  '])).toBe(true);
	});

	it('refuses a wrong or missing answer', () => {
		expect(securityAnswersMatch(['Springfield', 'Biscuit'], ['Springfield', 'Rex'])).toBe(false);
		expect(securityAnswersMatch(['Springfield', 'Biscuit'], ['Springfield'])).toBe(false);
	});
});
