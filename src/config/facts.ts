import type { OrganizationConfig } from './schema';

/** Strips the scheme so an address reads as people type it: "aka.ms/sspr". */
export function displayUrl(url: string): string {
	return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** A `tel:` link target: the digits and a leading plus, nothing else. */
export function telHref(phone: string): string {
	return `tel:${phone.replace(/[^+0-9]/g, '')}`;
}

/** "1 November 2026", the way a reader says a date, independent of the build machine's locale. */
export function formatLongDate(isoDate: string): string {
	return new Date(`${isoDate}T00:00:00Z`).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	});
}

/** The example sign-in name shown in the guide, e.g. "firstname.lastname@contoso.com". */
export function exampleEmail(config: Pick<OrganizationConfig, 'emailDomain'>): string {
	return `firstname.lastname@${config.emailDomain}`;
}
