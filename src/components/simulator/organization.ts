import type { OrganizationConfig } from '../../config/schema';

/**
 * The organization facts the simulator needs. Pages pass them in as a prop, so that the
 * config's validation (and zod) stays on the server and never reaches the reader's phone.
 */
export type SimulatorOrganization = Pick<
	OrganizationConfig,
	'organizationName' | 'emailDomain' | 'practicePhoneNumber' | 'passwordPolicy' | 'verification' | 'helpdesk'
>;

/** Picks the simulator's facts out of the full config, so a page passes no more than needed. */
export function simulatorOrganization(config: OrganizationConfig): SimulatorOrganization {
	const { organizationName, emailDomain, practicePhoneNumber, passwordPolicy, verification, helpdesk } =
		config;
	return { organizationName, emailDomain, practicePhoneNumber, passwordPolicy, verification, helpdesk };
}
