import { organization } from './organization';
import { parseOrganizationConfig } from './schema';

/** The organization's facts, checked. Everything in the site reads them from here. */
export const org = parseOrganizationConfig(organization);
export type { OrganizationConfig, VerificationMethodId } from './schema';
