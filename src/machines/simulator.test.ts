import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { org } from '../config';
import { authenticatorCodeAt } from '../rules/code';
import type { ScenarioId } from './scenarios';
import {
	breadcrumbFor,
	currentScreen,
	planDeepLink,
	readSimulatorQuery,
	screenIds,
	screens,
	simulatorInputFor,
	startAt,
} from './screens';
import {
	practiceNewPassword,
	practiceUserName,
	simulatorMachine,
	wrongCodeFor,
	type SimulatorEvent,
} from './simulator';
import { fixedClock, seededRandom } from './determinism';

const clock = fixedClock();
const inputFor = (scenario: ScenarioId) => simulatorInputFor(scenario, org, { seed: 7, now: clock });

function start(scenario: ScenarioId = 'default') {
	return createActor(simulatorMachine, { input: inputFor(scenario) }).start();
}

type Actor = ReturnType<typeof start>;
const screenOf = (actor: Actor) => currentScreen(actor.getSnapshot()).screen;
const context = (actor: Actor) => actor.getSnapshot().context;

function passWhoAreYou(actor: Actor) {
	actor.send({
		type: 'who.submit',
		userName: practiceUserName(org.emailDomain),
		captcha: context(actor).captcha,
	});
}

function passWithText(actor: Actor) {
	actor.send({ type: 'method.select', method: 'text' });
	actor.send({ type: 'phone.submit', number: org.practicePhoneNumber });
	actor.send({ type: 'code.submit', code: context(actor).sentCode! });
}

describe('Who are you?', () => {
	it('starts on Who are you? with a fresh CAPTCHA', () => {
		const actor = start();
		expect(screenOf(actor)).toBe('who-are-you');
		expect(context(actor).captcha).toMatch(/^[A-Z2-9]{5}$/);
	});

	it('accepts the CAPTCHA in small letters and goes to verification step 1 with Text selected', () => {
		const actor = start();
		actor.send({
			type: 'who.submit',
			userName: 'alex@contoso.com',
			captcha: context(actor).captcha.toLowerCase(),
		});
		expect(screenOf(actor)).toBe('choose-method');
		expect(context(actor).selectedMethod).toBe('text');
	});

	it('refuses wrong characters, says so, and draws new ones', () => {
		const actor = start();
		const before = context(actor).captcha;
		actor.send({ type: 'who.submit', userName: 'alex@contoso.com', captcha: 'ZZZZ1' });
		expect(screenOf(actor)).toBe('who-are-you');
		expect(context(actor).errors.captcha).toMatch(/didn't match/);
		expect(context(actor).captcha).not.toBe(before);
	});

	it('refuses an empty email and keeps the CAPTCHA when it was right', () => {
		const actor = start();
		const captcha = context(actor).captcha;
		actor.send({ type: 'who.submit', userName: ' ', captcha });
		expect(context(actor).errors).toEqual({ userName: expect.stringContaining('Enter your work email') });
		expect(context(actor).captcha).toBe(captcha);
	});

	it('says it could not verify an account with nothing registered', () => {
		const actor = start('not-registered');
		passWhoAreYou(actor);
		expect(screenOf(actor)).toBe('could-not-verify');
	});
});

describe('verification step 1', () => {
	it('sends nothing when the phone number does not match, and says so', () => {
		const actor = start();
		passWhoAreYou(actor);
		actor.send({ type: 'phone.submit', number: '425 555 0106' });
		expect(screenOf(actor)).toBe('choose-method');
		expect(context(actor).sentCode).toBeUndefined();
		expect(context(actor).errors.phone).toMatch(/no text was sent/);
	});

	it('blocks after the fifth wrong phone number', () => {
		const actor = start();
		passWhoAreYou(actor);
		for (let attempt = 1; attempt <= 5; attempt++) actor.send({ type: 'phone.submit', number: '000' });
		expect(screenOf(actor)).toBe('blocked');
		expect(context(actor).blockedBecause).toBe('phone');
	});

	it('texts a 6-digit code to a number typed with brackets and dashes', () => {
		const actor = start();
		passWhoAreYou(actor);
		actor.send({ type: 'phone.submit', number: '(425) 555-0105' });
		expect(screenOf(actor)).toBe('enter-code');
		expect(context(actor).sentCode).toMatch(/^\d{6}$/);
	});

	it('refuses a wrong code with an error, and blocks on the fifth', () => {
		const actor = start();
		passWhoAreYou(actor);
		actor.send({ type: 'phone.submit', number: org.practicePhoneNumber });
		const wrong = wrongCodeFor(context(actor).sentCode);
		for (let attempt = 1; attempt <= 4; attempt++) actor.send({ type: 'code.submit', code: wrong });
		expect(screenOf(actor)).toBe('enter-code');
		expect(context(actor).errors.code).toBeTruthy();
		actor.send({ type: 'code.submit', code: wrong });
		expect(screenOf(actor)).toBe('blocked');
		expect(context(actor).blockedBecause).toBe('code');
	});

	it('needs the call answered and # pressed before Next', () => {
		const actor = start();
		passWhoAreYou(actor);
		actor.send({ type: 'method.select', method: 'call' });
		actor.send({ type: 'phone.submit', number: org.practicePhoneNumber });
		expect(screenOf(actor)).toBe('answer-call');
		actor.send({ type: 'verify.next' });
		expect(context(actor).errors.call).toMatch(/press the # key/);
		actor.send({ type: 'call.confirm' });
		expect(context(actor).callStatus).toBe('ringing');
		actor.send({ type: 'call.answer' });
		actor.send({ type: 'call.confirm' });
		actor.send({ type: 'verify.next' });
		expect(screenOf(actor)).toBe('new-password');
	});

	it('offers to try again when the call is declined', () => {
		const actor = start();
		passWhoAreYou(actor);
		actor.send({ type: 'method.select', method: 'call' });
		actor.send({ type: 'phone.submit', number: org.practicePhoneNumber });
		actor.send({ type: 'call.decline' });
		expect(screenOf(actor)).toBe('no-response');
		actor.send({ type: 'retry' });
		expect(screenOf(actor)).toBe('choose-method');
	});

	it('accepts the code the authenticator app shows now', () => {
		const actor = start();
		passWhoAreYou(actor);
		actor.send({ type: 'method.select', method: 'authenticatorCode' });
		actor.send({ type: 'code.submit', code: authenticatorCodeAt(clock(), context(actor).appSeed) });
		expect(screenOf(actor)).toBe('new-password');
	});

	it('ignores a method the organization does not offer', () => {
		const actor = start();
		passWhoAreYou(actor);
		actor.send({ type: 'method.select', method: 'securityQuestions' });
		expect(context(actor).selectedMethod).toBe('text');
	});
});

describe('verification step 2', () => {
	it('asks for a second method that does not use the same device', () => {
		const actor = start('two-methods');
		passWhoAreYou(actor);
		passWithText(actor);
		expect(screenOf(actor)).toBe('second-method');
		actor.send({ type: 'method.select', method: 'call' });
		expect(context(actor).selectedMethod).not.toBe('call');
		expect(context(actor).selectedMethod).toBe('authenticatorCode');
	});

	it('goes on to choose a new password after the second method', () => {
		const actor = start('two-methods');
		passWhoAreYou(actor);
		passWithText(actor);
		actor.send({ type: 'code.submit', code: authenticatorCodeAt(clock(), context(actor).appSeed) });
		expect(screenOf(actor)).toBe('new-password');
		expect(context(actor).usedMethods).toEqual(['text', 'authenticatorCode']);
	});
});

describe('choose a new password', () => {
	function atNewPassword() {
		const actor = start();
		passWhoAreYou(actor);
		passWithText(actor);
		return actor;
	}

	it('says which rule a weak password breaks and stays', () => {
		const actor = atNewPassword();
		actor.send({ type: 'password.submit', password: 'short', confirmation: 'short' });
		expect(screenOf(actor)).toBe('new-password');
		expect(context(actor).errors.password).toMatch(/at least 8 characters/);
	});

	it('refuses a password containing the organization name and a banned word', () => {
		const actor = atNewPassword();
		actor.send({ type: 'password.submit', password: 'C0ntos0Blank12', confirmation: 'C0ntos0Blank12' });
		expect(context(actor).errors.password).toMatch(/easily guessable/);
	});

	it('ties a mismatch to the confirmation field', () => {
		const actor = atNewPassword();
		actor.send({ type: 'password.submit', password: practiceNewPassword, confirmation: 'Kettle-Violin-59' });
		expect(context(actor).errors).toEqual({ confirmation: expect.stringMatching(/don't match/) });
	});

	it('finishes with a good password', () => {
		const actor = atNewPassword();
		actor.send({ type: 'password.submit', password: practiceNewPassword, confirmation: practiceNewPassword });
		expect(screenOf(actor)).toBe('done');
	});
});

describe('unlocking without a new password', () => {
	it('asks why, and unlocks after one method when the user knows the password', () => {
		const actor = start('unlock');
		passWhoAreYou(actor);
		expect(screenOf(actor)).toBe('why-trouble');
		actor.send({ type: 'trouble.choose', reason: 'unlock' });
		passWithText(actor);
		expect(screenOf(actor)).toBe('unlocked');
	});

	it('resets as usual when the user forgot the password', () => {
		const actor = start('unlock');
		passWhoAreYou(actor);
		actor.send({ type: 'trouble.choose', reason: 'forgot' });
		passWithText(actor);
		expect(screenOf(actor)).toBe('new-password');
	});
});

describe('Cancel', () => {
	it('returns to Who are you? with every field cleared, from any screen', () => {
		for (const screen of screenIds) {
			const { actor } = startAt(screen, inputFor);
			const captcha = context(actor).captcha;
			actor.send({ type: 'cancel' });
			expect(screenOf(actor), screen).toBe('who-are-you');
			expect(context(actor), screen).toMatchObject({
				userName: '',
				usedMethods: [],
				sentCode: undefined,
				errors: {},
			});
			expect(context(actor).captcha, screen).not.toBe(captcha);
		}
	});
});

describe('screens and deep links', () => {
	it('gives every resting state of the machine a screen', () => {
		const stateIds = screens.map((screen) => screen.stateId);
		expect(stateIds).toContain('simulator.whoAreYou');
		expect(stateIds).toContain('simulator.verifySecond.approveNotification');
		expect(new Set(screenIds).size).toBe(screenIds.length);
		expect(screens.every((screen) => screen.title && screen.trainerNote)).toBe(true);
	});

	it.each(screenIds)('opens %s with earlier answers filled in', (screen) => {
		const { actor, arrived } = startAt(screen, inputFor);
		expect(arrived).toBe(true);
		expect(screenOf(actor)).toBe(screen);
	});

	it('keeps the requested scenario when the screen does not need another', () => {
		expect(planDeepLink('enter-code', 'two-methods')?.scenario).toBe('two-methods');
		expect(planDeepLink('could-not-verify', 'default')?.scenario).toBe('not-registered');
	});

	it.each([
		['?screen=nope', undefined, 'default', undefined],
		['?screen=<script>alert(1)</script>&scenario=../../etc&seed=-1', undefined, 'default', undefined],
		['?screen=__proto__&scenario=constructor&seed=1e9', undefined, 'default', undefined],
		['?screen=done&scenario=unlock&seed=42', 'done', 'unlock', 42],
		['?seed=9999999999', undefined, 'default', undefined],
		['', undefined, 'default', undefined],
	])('reads %s safely', (search, screen, scenario, seed) => {
		expect(readSimulatorQuery(search)).toEqual({ screen, scenario, seed, presenter: false });
	});
});

describe('events a screen does not expect', () => {
	it('ignores them instead of throwing', () => {
		const actor = start();
		const stray: SimulatorEvent[] = [
			{ type: 'code.submit', code: '123456' },
			{ type: 'verify.next' },
			{ type: 'retry' },
			{ type: 'password.submit', password: 'x', confirmation: 'x' },
		];
		for (const event of stray) actor.send(event);
		expect(screenOf(actor)).toBe('who-are-you');
	});
});

describe('the breadcrumb', () => {
	it('shows where the user is, with the steps already done', () => {
		const { actor } = startAt('new-password', inputFor);
		expect(breadcrumbFor(actor.getSnapshot())).toEqual([
			{ label: 'verification step 1', status: 'done' },
			{ label: 'choose a new password', status: 'current' },
		]);
	});

	it('has a second verification step when two methods are required', () => {
		const { actor } = startAt('second-method', inputFor);
		expect(breadcrumbFor(actor.getSnapshot()).map((step) => step.status)).toEqual([
			'done',
			'current',
			'todo',
		]);
	});

	it('is empty before verification begins', () => {
		expect(breadcrumbFor(start().getSnapshot())).toEqual([]);
	});
});
