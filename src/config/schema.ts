import { z } from 'zod';

import { verificationMethodIds } from './methods';

export { verificationMethodIds, type VerificationMethodId } from './methods';

const httpsUrl = z.url({ protocol: /^https$/, error: 'expected an https:// address' });

/** A phone number people can read and dial: digits with optional +, spaces, dashes, brackets. */
const phoneNumber = z
	.string()
	.regex(/^\+?[0-9][0-9 ()-]{5,}[0-9]$/, 'expected a phone number such as "+1 425 555 0199"');

export const organizationSchema = z
	.object({
		/** The organization's short name, as employees say it. Also a banned word in passwords. */
		organizationName: z.string().trim().min(2, 'expected a name of at least 2 characters'),
		/** The name shown in the site's header and browser tab. */
		siteName: z.string().trim().min(2, 'expected a name of at least 2 characters'),
		/** Where the site will be published (used for the sitemap and the QR code). */
		siteUrl: httpsUrl,
		/** The self-service password reset portal. */
		portalUrl: httpsUrl,
		/** Where employees register their security info (phone, authenticator app). */
		registrationUrl: httpsUrl,
		/** Who employees call when the portal cannot help. */
		helpdesk: z.object({
			name: z.string().trim().min(2, 'expected a name of at least 2 characters'),
			phone: phoneNumber,
			email: z.email({ error: 'expected an email address such as "help@example.com"' }),
			hours: z.string().trim().min(3, 'expected opening hours, such as "Monday to Friday, 8:00 to 18:00"'),
		}),
		/** The VPN app's name, as it appears on employees' computers. */
		vpnClientName: z.string().trim().min(2, 'expected a name of at least 2 characters'),
		/** Which verification methods the portal offers, and how many a reset needs. */
		verification: z.object({
			methods: z
				.array(
					z.enum(verificationMethodIds, { error: `expected one of: ${verificationMethodIds.join(', ')}` }),
				)
				.min(1, 'expected at least one method')
				.refine((methods) => new Set(methods).size === methods.length, 'expected each method only once'),
			required: z.union([z.literal(1), z.literal(2)], { error: 'expected 1 or 2' }),
		}),
		/** The password rules; the defaults are the portal's own. */
		passwordPolicy: z.object({
			minLength: z.int().min(8, 'expected at least 8 (the portal never allows fewer)').max(256),
			maxLength: z.int().min(8).max(256, 'expected at most 256 (the portal never allows more)'),
			requiredCharacterClasses: z.int().min(3, 'expected 3 or 4').max(4, 'expected 3 or 4'),
			checkBannedPasswords: z.boolean(),
			/** The organization's own banned terms, lower case, as the portal's custom list. */
			bannedTerms: z.array(z.string().trim().min(4, 'expected words of at least 4 characters')).max(1000),
		}),
		/** The domain in employees' email addresses, e.g. "contoso.com". */
		emailDomain: z
			.string()
			.regex(/^(?!-)[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'expected a lower-case domain such as "contoso.com"'),
		/** The fictional number the practice phone shows; use a number reserved for fiction. */
		practicePhoneNumber: phoneNumber,
		/** The day someone last compared this guide with the real portal (YYYY-MM-DD). */
		lastChecked: z.iso.date({ error: 'expected a date written as YYYY-MM-DD' }),
		/** Origins allowed to show /embed/practice/ in a frame, e.g. "https://learning.contoso.com". */
		embedAllowedOrigins: z.array(httpsUrl),
	})
	.refine((config) => config.passwordPolicy.minLength <= config.passwordPolicy.maxLength, {
		path: ['passwordPolicy', 'minLength'],
		message: 'expected minLength to be no more than maxLength',
	})
	.refine((config) => config.verification.required <= config.verification.methods.length, {
		path: ['verification', 'required'],
		message: 'expected no more required methods than methods offered',
	});

export type OrganizationConfigInput = z.input<typeof organizationSchema>;
export type OrganizationConfig = z.output<typeof organizationSchema>;

export class OrganizationConfigError extends Error {
	constructor(readonly problems: string[]) {
		super(
			`The organization config (src/config/organization.ts) is not valid:\n` +
				problems.map((problem) => `  - ${problem}`).join('\n') +
				`\nFix the field named above and build again.`,
		);
		this.name = 'OrganizationConfigError';
	}
}

function describeReceived(input: unknown, path: PropertyKey[]): string {
	let value: unknown = input;
	for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key];
	return value === undefined ? 'nothing' : JSON.stringify(value);
}

/** Checks a config, returning it typed, or throwing an error that names each bad field. */
export function parseOrganizationConfig(input: unknown): OrganizationConfig {
	const result = organizationSchema.safeParse(input);
	if (result.success) return result.data;
	const problems = result.error.issues.map((issue) => {
		const field = issue.path.map(String).join('.') || '(the whole config)';
		return `${field}: ${issue.message}, received ${describeReceived(input, issue.path)}`;
	});
	throw new OrganizationConfigError(problems);
}
