import { describe, expect, it } from 'vitest';
import { organization } from './organization';
import { OrganizationConfigError, parseOrganizationConfig } from './schema';

/** A copy of the shipped config with one field replaced, at a dotted path. */
function configWith(path: string, value: unknown): unknown {
	const copy = structuredClone(organization) as Record<string, unknown>;
	const keys = path.split('.');
	let target = copy;
	for (const key of keys.slice(0, -1)) target = target[key] as Record<string, unknown>;
	target[keys.at(-1)!] = value;
	return copy;
}

function problemsFor(input: unknown): string[] {
	try {
		parseOrganizationConfig(input);
	} catch (error) {
		if (error instanceof OrganizationConfigError) return error.problems;
		throw error;
	}
	throw new Error('expected the config to be rejected');
}

describe('organization config', () => {
	it('accepts the shipped Contoso config with the aka.ms links', () => {
		const config = parseOrganizationConfig(organization);
		expect(config.organizationName).toBe('Contoso');
		expect(config.portalUrl).toBe('https://aka.ms/sspr');
		expect(config.registrationUrl).toBe('https://aka.ms/ssprsetup');
	});

	it('accepts another organization with two required methods and a stricter policy', () => {
		const config = parseOrganizationConfig({
			...organization,
			organizationName: 'Fabrikam',
			verification: { methods: ['authenticatorCode', 'text', 'email'], required: 2 },
			passwordPolicy: { ...organization.passwordPolicy, minLength: 14, requiredCharacterClasses: 4 },
		});
		expect(config.verification.required).toBe(2);
		expect(config.passwordPolicy.minLength).toBe(14);
	});

	it.each([
		[
			'portalUrl',
			'http://aka.ms/sspr',
			'portalUrl: expected an https:// address, received "http://aka.ms/sspr"',
		],
		['helpdesk.phone', 'call us', 'helpdesk.phone: expected a phone number'],
		['helpdesk.email', 'servicedesk', 'helpdesk.email: expected an email address'],
		['verification.methods', ['text', 'pigeon'], 'verification.methods.1: expected one of: email, text'],
		['verification.methods', [], 'verification.methods: expected at least one method'],
		['verification.required', 3, 'verification.required: expected 1 or 2, received 3'],
		['passwordPolicy.minLength', 6, 'passwordPolicy.minLength: expected at least 8'],
		['passwordPolicy.maxLength', 300, 'passwordPolicy.maxLength: expected at most 256'],
		['emailDomain', 'Contoso', 'emailDomain: expected a lower-case domain'],
		[
			'lastChecked',
			'1 Nov 2026',
			'lastChecked: expected a date written as YYYY-MM-DD, received "1 Nov 2026"',
		],
		['organizationName', undefined, 'organizationName:'],
	])('rejects a bad %s and names the field', (path, value, expected) => {
		const problems = problemsFor(configWith(path, value));
		expect(problems.some((problem) => problem.startsWith(expected))).toBe(true);
	});

	it('rejects more required methods than methods offered', () => {
		const problems = problemsFor(configWith('verification', { methods: ['text'], required: 2 }));
		expect(problems).toEqual([
			'verification.required: expected no more required methods than methods offered, received 2',
		]);
	});

	it('says which file to fix in the build error', () => {
		expect(() => parseOrganizationConfig(configWith('helpdesk.phone', ''))).toThrow(
			/src\/config\/organization\.ts[\s\S]*helpdesk\.phone/,
		);
	});
});
