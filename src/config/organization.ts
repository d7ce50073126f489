/**
 * Everything that differs between organizations lives in this one file.
 *
 * To brand the site for your organization, change the values below and rebuild.
 * The build checks every value against `schema.ts` and stops with a message that
 * names the field if one is wrong. Nothing else in the site needs editing.
 */
import type { OrganizationConfigInput } from './schema';

export const organization = {
	organizationName: 'Contoso',
	siteName: 'Contoso password help',
	siteUrl: 'https://password-help.contoso.com',
	portalUrl: 'https://aka.ms/sspr',
	registrationUrl: 'https://aka.ms/ssprsetup',
	helpdesk: {
		name: 'Contoso IT Service Desk',
		phone: '+1 425 555 0199',
		email: 'servicedesk@contoso.com',
		hours: 'Monday to Friday, 7:00 to 19:00 Pacific time',
	},
	vpnClientName: 'Contoso VPN',
	verification: {
		methods: ['text', 'call', 'authenticatorCode'],
		required: 1,
	},
	passwordPolicy: {
		minLength: 8,
		maxLength: 256,
		requiredCharacterClasses: 3,
		checkBannedPasswords: true,
		bannedTerms: ['blank', 'password', 'welcome', 'letmein', 'summer', 'winter'],
	},
	emailDomain: 'contoso.com',
	practicePhoneNumber: '+1 425 555 0105',
	lastChecked: '2026-11-01',
	embedAllowedOrigins: [],
} satisfies OrganizationConfigInput;
