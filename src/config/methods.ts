// Kept apart from the schema (and zod) so that the simulator can use the list in the browser.

/** Every verification method the real portal can offer, in the portal's own order. */
export const verificationMethodIds = [
	'email',
	'text',
	'call',
	'officeCall',
	'securityQuestions',
	'authenticatorNotification',
	'authenticatorCode',
] as const;
export type VerificationMethodId = (typeof verificationMethodIds)[number];
