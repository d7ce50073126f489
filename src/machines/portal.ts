/**
 * Facts about the real portal's verification methods, with its exact labels
 * (see shared/spec/sspr-portal.md §1). The simulator's machine and screens read these.
 */
import { verificationMethodIds, type VerificationMethodId } from '../config/methods';

export type { VerificationMethodId };

/**
 * The device a method uses. The portal counts texting and calling the same mobile phone as one
 * method, so verification step 2 never offers a second way to use the device step 1 used.
 */
export type MethodDevice =
	'mobilePhone' | 'officePhone' | 'alternateEmail' | 'securityQuestions' | 'authenticatorApp';

export interface VerificationMethod {
	id: VerificationMethodId;
	/** The radio button's label on the portal. */
	label: string;
	device: MethodDevice;
	/** What the method's first step asks for, which decides the screen that follows. */
	kind:
		| 'phoneNumberThenCode'
		| 'phoneNumberThenCall'
		| 'callThenConfirm'
		| 'sendCode'
		| 'typeAppCode'
		| 'approveNotification'
		| 'answerQuestions';
	/** The button that starts the method, where there is one. */
	actionLabel?: string;
}

export const verificationMethods: Record<VerificationMethodId, VerificationMethod> = {
	email: {
		id: 'email',
		label: 'Email my alternate email',
		device: 'alternateEmail',
		kind: 'sendCode',
		actionLabel: 'Email',
	},
	text: {
		id: 'text',
		label: 'Text my mobile phone',
		device: 'mobilePhone',
		kind: 'phoneNumberThenCode',
		actionLabel: 'Text',
	},
	call: {
		id: 'call',
		label: 'Call my mobile phone',
		device: 'mobilePhone',
		kind: 'phoneNumberThenCall',
		actionLabel: 'Call',
	},
	officeCall: {
		id: 'officeCall',
		label: 'Call my office phone',
		device: 'officePhone',
		kind: 'callThenConfirm',
		actionLabel: 'Call',
	},
	securityQuestions: {
		id: 'securityQuestions',
		label: 'Answer my security questions',
		device: 'securityQuestions',
		kind: 'answerQuestions',
	},
	authenticatorNotification: {
		id: 'authenticatorNotification',
		label: 'Approve a notification on my authenticator app',
		device: 'authenticatorApp',
		kind: 'approveNotification',
		actionLabel: 'Send Notification',
	},
	authenticatorCode: {
		id: 'authenticatorCode',
		label: 'Enter a code from my authenticator app',
		device: 'authenticatorApp',
		kind: 'typeAppCode',
	},
};

/** The portal lists methods in this order, which is the order the config's schema names them in. */
export const portalMethodOrder: readonly VerificationMethodId[] = verificationMethodIds;

/** The methods the portal offers at a verification step, leaving out the devices already used. */
export function methodsOffered(
	enabled: readonly VerificationMethodId[],
	used: readonly VerificationMethodId[],
): VerificationMethodId[] {
	const usedDevices = new Set(used.map((id) => verificationMethods[id].device));
	return portalMethodOrder.filter(
		(id) => enabled.includes(id) && !usedDevices.has(verificationMethods[id].device),
	);
}

/** The portal's default selection: "Text my mobile phone" when offered, else the first method. */
export function defaultMethod(offered: readonly VerificationMethodId[]): VerificationMethodId | undefined {
	return offered.includes('text') ? 'text' : offered[0];
}

/** Practice security questions and their answers, which the practice screen shows as a hint. */
export const practiceSecurityQuestions = [
	{ question: 'In what city were you born?', answer: 'Springfield' },
	{ question: 'What was the name of your first pet?', answer: 'Biscuit' },
	{ question: 'What was your first car?', answer: 'Beetle' },
] as const;

/** A masked alternate email address, as the portal shows it. */
export const practiceAlternateEmail = 'fi*****@outlook.com';

/** The portal's heading on every screen. */
export const portalHeading = 'Get back into your account';
