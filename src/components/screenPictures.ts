/**
 * What the guide says about each screen's picture, and which generated files show it. The
 * pictures come from `npm run screenshots` (scripts/screenshots/); this module only reads them.
 */
import type { ImageMetadata } from 'astro';
import { screenById, screenIds } from '../machines/screens';

/**
 * What each picture shows, for its alternative text: the things a sighted reader would look
 * for on the screen, in the words of the guide. Keyed by screen id; a unit test checks that
 * every screen of the simulator has one.
 */
export const screenPictureDescriptions: Record<string, string> = {
	'who-are-you':
		'an Email or Username box, a picture of characters to copy with New characters and Hear them buttons, a box for the characters, and Next and Cancel buttons.',
	'why-trouble':
		"two choices, I forgot my password and I know my password, but still can't sign in, and a Cancel button.",
	'could-not-verify':
		"the message that the account could not be verified because no phone or app is registered, with the helpdesk's phone number and email address.",
	'choose-method':
		'a list of contact methods with Text my mobile phone chosen, a box for your whole mobile phone number, and Text and Cancel buttons.',
	'enter-code':
		'a box for the verification code with Next and Cancel buttons, and the practice phone showing the text message with the 6-digit code.',
	'answer-call':
		'a message that the portal is calling your phone and is waiting for you to answer, and the practice phone showing the incoming call with an Answer button.',
	'approve-notification':
		"a message that the portal is waiting for your approval, and the practice phone's authenticator app asking to approve the sign-in, with Approve and Deny buttons.",
	'no-response': "the message that your phone didn't respond, with Try again and Cancel buttons.",
	'second-method':
		'verification step 1 marked as done and a second method to use, here a code from the authenticator app, with a box for the code and Next and Cancel buttons.',
	'second-enter-code':
		'verification step 2 with a box for the code sent by email, and the practice phone showing the email with the 6-digit code.',
	'second-answer-call':
		'verification step 2: the portal is calling your office phone, and the practice phone shows the incoming call with an Answer button.',
	'second-approve-notification':
		"verification step 2: the portal is waiting for your approval, and the practice phone's authenticator app asks to approve the sign-in.",
	'second-no-response':
		"verification step 2 with the message that your phone didn't respond, and Try again and Cancel buttons.",
	'new-password':
		'Enter new password and Confirm new password boxes, a password strength bar, the password rules, and Finish and Cancel buttons.',
	done: 'the message that you can now sign in with your new password, and a button for the next step: signing in on your computer.',
	unlocked: 'the message to sign in with the password you already know, because it has not changed.',
	blocked:
		"the message that too many wrong codes were entered and password reset is blocked for 24 hours, with the helpdesk's phone number and email address.",
};

/** The picture's alternative text: the screen's title from the machine, then what it shows. */
export function screenPictureAlt(screenId: string): string {
	const screen = screenById(screenId);
	if (!screen) throw new Error(`There is no screen "${screenId}". Screens: ${screenIds.join(', ')}.`);
	const description = screenPictureDescriptions[screenId];
	if (!description)
		throw new Error(
			`The screen "${screenId}" has no picture description: add one to screenPictureDescriptions in src/components/screenPictures.ts.`,
		);
	return `The “${screen.title}” screen: ${description}`;
}

export interface ScreenPicturePaths<T = string> {
	/** Taken at a desktop width; the portal beside the phone where the phone is pictured. */
	desktop: T;
	/** Taken at a phone width: narrower, so its words stay readable on a small screen. */
	phone: T;
}

/**
 * The generated pictures of a screen among the files of src/assets/screenshots/ (the keys of
 * an `import.meta.glob`), or `undefined` when the screen has not been pictured yet.
 */
export function screenPicturePaths(
	paths: readonly string[],
	screenId: string,
): ScreenPicturePaths | undefined {
	const find = (variant: string) => paths.find((path) => path.endsWith(`/${screenId}-${variant}.png`));
	const desktop = find('desktop');
	const phone = find('phone');
	return desktop && phone ? { desktop, phone } : undefined;
}

/** The widest viewport that gets the phone picture: below it, Starlight hides its sidebar. */
export const phonePictureMaxWidth = '50rem';

/** Room the page's margins and the steps list's indent take beside a picture on a narrow screen. */
const marginsPx = 72;

/**
 * How to show a picture taken `width` × `height` CSS pixels at `scale` device pixels per CSS
 * pixel: at its own size, offered at 1× and at the original's `scale`×, with `sizes` saying
 * it fills the column on a screen too narrow for it.
 */
export function pictureLayout({ width, height }: { width: number; height: number }, scale: number) {
	return {
		width,
		height,
		widths: [width, Math.round(width * scale)],
		sizes: `(max-width: ${width + marginsPx}px) calc(100vw - ${marginsPx}px), ${width}px`,
	};
}
