import { expect, type Locator, type Page } from '@playwright/test';
import { verificationMethods } from '../../src/machines/portal';
import type { SimulatorContext, SimulatorEvent } from '../../src/machines/simulator';
import { wrongCodeFor } from '../../src/machines/simulator';
import { wrongCaptcha } from '../../src/machines/simulatorModel';

/** A fixed moment, so the practice authenticator app's code holds still during a test. */
export const fixedTime = new Date('2026-11-02T09:00:10Z');

export function practiceRegion(page: Page): Locator {
	return page.getByRole('region', { name: 'Password reset practice' });
}

export function practicePhone(page: Page): Locator {
	return page.getByRole('region', { name: 'Practice phone' });
}

/** Opens the practice page and waits until the simulator answers. */
export async function openPractice(page: Page, query = ''): Promise<Locator> {
	await page.clock.setFixedTime(fixedTime);
	await page.goto(`practice/${query}`);
	const region = practiceRegion(page);
	await expect(region.getByRole('heading', { name: 'Get back into your account' })).toBeVisible();
	return region;
}

/** The screen the simulator shows, as the machine names it. */
export function shownScreen(page: Page): Locator {
	return practiceRegion(page).locator('[data-screen]');
}

/** The characters a screen-reader user hears for the CAPTCHA, read from its alternative text. */
export async function captchaCharacters(page: Page): Promise<string> {
	const label = await practiceRegion(page)
		.getByRole('img', { name: /Practice CAPTCHA/ })
		.getAttribute('aria-label');
	return (label ?? '').split(':')[1]!.replace(/\s/g, '');
}

/** The code the practice phone shows: the text or email, or the authenticator app. */
export async function codeOnPhone(page: Page, fromApp: boolean): Promise<string> {
	const phone = practicePhone(page);
	const text = fromApp
		? await phone.getByText(/work account/).textContent()
		: await phone.getByText(/verification code/i).textContent();
	const code = text?.match(/\d{6}/)?.[0];
	if (!code) throw new Error(`No code on the practice phone (${text ?? 'nothing'}).`);
	return code;
}

/**
 * Does on the page what a user does to send the machine an event: types in the labelled
 * fields and presses the buttons, reading CAPTCHAs and codes as a user would.
 */
export async function perform(page: Page, event: SimulatorEvent, right: boolean, before: SimulatorContext) {
	const portal = practiceRegion(page);
	const phone = practicePhone(page);
	const button = (name: string | RegExp) =>
		portal.getByRole('button', { name, exact: typeof name === 'string' });
	switch (event.type) {
		case 'who.submit':
			await portal.getByLabel('Email or Username').fill(event.userName);
			await portal
				.getByLabel('Enter the characters in the picture or the words in the audio.')
				.fill(right ? await captchaCharacters(page) : wrongCaptcha);
			return button('Next').click();
		case 'captcha.refresh':
			return button('New characters').click();
		case 'trouble.choose':
			return button(
				event.reason === 'forgot' ? 'I forgot my password' : "I know my password, but still can't sign in",
			).click();
		case 'method.select':
			return portal.getByRole('radio', { name: verificationMethods[event.method].label }).check();
		case 'phone.submit':
			await portal.getByLabel('Your mobile phone number').fill(event.number);
			return button(before.selectedMethod === 'call' ? 'Call' : 'Text').click();
		case 'email.send':
			return button('Email').click();
		case 'call.start':
			return button('Call').click();
		case 'notification.send':
			return button('Send Notification').click();
		case 'call.answer':
			return phone.getByRole('button', { name: 'Answer' }).click();
		case 'call.confirm':
			return phone.getByRole('button', { name: 'Press the # key' }).click();
		case 'call.decline':
			return phone.getByRole('button', { name: 'Decline' }).click();
		case 'notification.approve':
			return phone.getByRole('button', { name: 'Approve' }).click();
		case 'notification.deny':
			return phone.getByRole('button', { name: 'Deny' }).click();
		case 'verify.next':
			return button('Next').click();
		case 'code.submit': {
			const code = await codeOnPhone(page, before.selectedMethod === 'authenticatorCode');
			await portal.getByLabel('Enter your verification code').fill(right ? code : wrongCodeFor(code));
			return button('Next').click();
		}
		case 'questions.submit': {
			const questions = portal.getByRole('textbox');
			for (const [index, answer] of event.answers.entries()) await questions.nth(index).fill(answer);
			return button('Next').click();
		}
		case 'retry':
			return button('Try again').click();
		case 'password.submit':
			await portal.getByLabel('Enter new password').fill(event.password);
			await portal.getByLabel('Confirm new password').fill(event.confirmation);
			return button('Finish').click();
		case 'cancel':
			return button(/^(Cancel|Start again|Practise again)$/).click();
	}
}
