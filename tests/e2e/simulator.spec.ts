import AxeBuilder from '@axe-core/playwright';
import { org } from '../../src/config';
import { planDeepLink, screenIds } from '../../src/machines/screens';
import { practiceNewPassword, practiceUserName } from '../../src/machines/simulator';
import { expect, test } from './fixtures';
import {
	captchaCharacters,
	codeOnPhone,
	openPractice,
	practicePhone,
	practiceRegion,
	shownScreen,
} from './simulator-driver';

test.describe('the practice page', () => {
	test('is a landmark named "Password reset practice" with a permanent practice notice', async ({ page }) => {
		const region = await openPractice(page);
		await expect(region.getByText('This is not the real password reset portal')).toBeVisible();
		await expect(region.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
		await expect(practicePhone(page)).toContainText(org.practicePhoneNumber);
	});

	test('shows no Microsoft logo artwork, only a text wordmark', async ({ page }) => {
		const region = await openPractice(page);
		await expect(region.getByRole('img')).toHaveCount(1);
		await expect(region.getByRole('img')).toHaveAccessibleName(
			/^Practice CAPTCHA, characters: [A-Z2-9]( [A-Z2-9]){4}$/,
		);
	});

	test('points to the guide when JavaScript is off', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto('practice/');
		await expect(page.getByText('the step-by-step guide shows every screen')).toBeVisible();
		await expect(page.getByRole('link', { name: 'real steps in the guide' })).toBeVisible();
		await context.close();
	});
});

test.describe('deep links', () => {
	for (const screen of screenIds) {
		test(`?screen=${screen} opens that screen`, async ({ page, pageProblems }) => {
			await openPractice(page, `?screen=${screen}`);
			await expect(shownScreen(page)).toHaveAttribute('data-screen', screen);
			await expect(practiceRegion(page).getByLabel('Practice scenario')).toHaveValue(
				planDeepLink(screen)!.scenario,
			);
			expect(pageProblems.consoleErrors).toEqual([]);
		});
	}

	for (const query of [
		'?screen=nowhere',
		'?screen=%3Cscript%3Ealert(1)%3C/script%3E&scenario=%22%3E',
		'?scenario=__proto__&seed=-5',
	]) {
		test(`an unknown or hostile address (${query}) opens the start without an error`, async ({
			page,
			pageProblems,
		}) => {
			await openPractice(page, query);
			await expect(shownScreen(page)).toHaveAttribute('data-screen', 'who-are-you');
			expect(pageProblems.consoleErrors).toEqual([]);
		});
	}
});

test.describe('forms', () => {
	test('announce errors and tie them to their fields', async ({ page }) => {
		const region = await openPractice(page);
		await region.getByRole('button', { name: 'Next' }).click();
		const email = region.getByLabel('Email or Username');
		await expect(email).toHaveAttribute('aria-invalid', 'true');
		await expect(email).toHaveAccessibleDescription(/Enter your work email address or username/);
		await expect(region.getByRole('alert').filter({ hasText: 'Enter your work email' })).toBeVisible();
	});

	test('Enter submits, and focus moves to the new screen heading', async ({ page }) => {
		const region = await openPractice(page);
		await region.getByLabel('Email or Username').fill(practiceUserName(org.emailDomain));
		const captcha = region.getByLabel('Enter the characters in the picture or the words in the audio.');
		await captcha.fill((await captchaCharacters(page)).toLowerCase());
		await captcha.press('Enter');
		await expect(region.getByRole('heading', { name: /verification step 1/ })).toBeFocused();
	});

	test('refuses a phone number that does not match and sends nothing', async ({ page }) => {
		const region = await openPractice(page, '?screen=choose-method');
		await region.getByLabel('Your mobile phone number').fill('425 555 0000');
		await region.getByRole('button', { name: 'Text', exact: true }).click();
		await expect(region.getByRole('alert').filter({ hasText: 'no text was sent' })).toBeVisible();
		await expect(practicePhone(page)).toContainText('No new messages');
	});

	test('say which password rule failed, and show strength', async ({ page }) => {
		const region = await openPractice(page, '?screen=new-password');
		const password = region.getByLabel('Enter new password');
		await expect(password).toHaveAttribute('autocomplete', 'new-password');
		await expect(region.getByLabel('Confirm new password')).toHaveAttribute('autocomplete', 'new-password');
		await password.fill('short');
		await expect(region.getByText('Password strength: Too short')).toBeVisible();
		await region.getByLabel('Confirm new password').fill('short');
		await region.getByRole('button', { name: 'Finish' }).click();
		await expect(password).toHaveAccessibleDescription(/at least 8 characters/);
		await password.fill(practiceNewPassword);
		await expect(region.getByText(/Password strength: (Fair|Good|Strong)/)).toBeVisible();
	});

	test('Cancel returns to Who are you? with every field cleared', async ({ page }) => {
		const region = await openPractice(page);
		await region.getByLabel('Email or Username').fill('someone@example.com');
		await region.getByRole('button', { name: 'Cancel' }).click();
		await expect(region.getByLabel('Email or Username')).toHaveValue('');
		await expect(region.getByRole('heading', { name: 'Who are you?' })).toBeFocused();
	});
});

test('the done screen links on to what to do on the computer', async ({ page }) => {
	const region = await openPractice(page, '?screen=done');
	await expect(region.getByRole('heading', { name: 'Your password has been reset' })).toBeVisible();
	await region.getByRole('link', { name: 'Next: sign in on your computer' }).click();
	await expect(page).toHaveURL(/\/after-reset\/$/);
});

test('a whole reset by keyboard alone, and nothing typed leaves the page', async ({ page, pageProblems }) => {
	const region = await openPractice(page);
	const requestsAfterLoad: string[] = [];
	page.on('request', (request) => requestsAfterLoad.push(request.url()));
	const secret = practiceNewPassword;

	await region.getByLabel('Email or Username').focus();
	await page.keyboard.type(practiceUserName(org.emailDomain));
	await page.keyboard.press('Tab'); // New characters
	await page.keyboard.press('Tab'); // Hear them (where speech is available) or the field
	if (await region.getByRole('button', { name: 'Hear them' }).isVisible()) await page.keyboard.press('Tab');
	await page.keyboard.type(await captchaCharacters(page));
	await page.keyboard.press('Enter');

	await expect(region.getByRole('heading', { name: /verification step 1/ })).toBeFocused();
	await page.keyboard.press('Tab'); // the selected radio: Text my mobile phone
	await page.keyboard.press('Tab'); // the phone number field
	await page.keyboard.type(org.practicePhoneNumber);
	await page.keyboard.press('Enter');

	await expect(region.getByLabel('Enter your verification code')).toBeVisible();
	await page.keyboard.press('Tab');
	await expect(region.getByLabel('Enter your verification code')).toBeFocused();
	await page.keyboard.type(await codeOnPhone(page, false));
	await page.keyboard.press('Enter');

	await expect(region.getByRole('heading', { name: /choose a new password/ })).toBeFocused();
	await page.keyboard.press('Tab');
	await page.keyboard.type(secret);
	await page.keyboard.press('Tab');
	await page.keyboard.type(secret);
	await page.keyboard.press('Enter');

	await expect(region.getByRole('heading', { name: 'Your password has been reset' })).toBeFocused();
	expect(requestsAfterLoad.filter((url) => url.includes(secret) || !url.includes('/_astro/'))).toEqual([]);
	expect(page.url()).not.toContain(secret);
	// Starlight keeps the reader's theme in localStorage; nothing the user typed may be stored.
	const stored = await page.evaluate(() =>
		JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]),
	);
	expect(stored).not.toContain(secret);
	expect(stored).not.toContain(practiceUserName(org.emailDomain));
	expect(await page.evaluate(() => document.cookie)).toBe('');
	expect(pageProblems.foreignRequests).toEqual([]);
});

test.describe('accessibility of every screen', () => {
	for (const colorScheme of ['light', 'dark'] as const) {
		for (const screen of screenIds) {
			test(`${screen} in the ${colorScheme} theme has no serious axe violation`, async ({ page }) => {
				await page.emulateMedia({ colorScheme });
				await openPractice(page, `?screen=${screen}`);
				await expect(shownScreen(page)).toHaveAttribute('data-screen', screen);
				const results = await new AxeBuilder({ page })
					.include('section[aria-label="Password reset practice"]')
					.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
					.analyze();
				const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
				expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
			});
		}
	}
});

test('the guide hydrates its simulator only when it scrolls into view', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('reset-password/');
	const region = practiceRegion(page);
	await expect(region.getByText('Loading the practice portal')).toBeAttached();
	await region.scrollIntoViewIfNeeded();
	await expect(region.getByRole('heading', { name: 'Who are you?' })).toBeVisible();
});
