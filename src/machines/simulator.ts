/**
 * The practice simulator of the password-reset portal: one state per portal screen.
 *
 * This machine is the single source of truth for the screens. The React screens render its
 * snapshot and send its events; the model-based tests, the deep links (`?screen=`), the
 * screenshots and the trainers' table all read the screens from `meta` on its states.
 *
 * Conventions: states are named after screens (`whoAreYou`, `newPassword`); events are
 * dot-namespaced by what the user did (`who.submit`, `method.select`, `code.submit`).
 * Timers (a phone that stops ringing, a code that rotates) stay outside the machine so that
 * `xstate/graph` can walk it: the practice phone sends events instead.
 */
import { and, assign, not, setup } from 'xstate';
import type { OrganizationConfig } from '../config/schema';
import { checkUserName, securityAnswersMatch } from '../rules/account';
import { captchaMatches, drawCaptcha } from '../rules/captcha';
import {
	authenticatorCodeAt,
	authenticatorPeriodSeconds,
	checkVerificationCode,
	generateVerificationCode,
	isBlockedAfter,
	maxCodeAttempts,
} from '../rules/code';
import { checkNewPassword, type PasswordPolicy } from '../rules/password';
import { checkPhoneNumber } from '../rules/phone';
import {
	defaultMethod,
	methodsOffered,
	practiceSecurityQuestions,
	verificationMethods,
	type VerificationMethodId,
} from './portal';
import type { ScenarioId, SimulatorSettings } from './scenarios';
import { seededRandom } from './determinism';

/** The fields a screen can show an error for. */
export type FieldId =
	'userName' | 'captcha' | 'method' | 'phone' | 'code' | 'call' | 'answers' | 'password' | 'confirmation';

export type SimulatorEvent =
	| { type: 'who.submit'; userName: string; captcha: string }
	| { type: 'captcha.refresh' }
	| { type: 'trouble.choose'; reason: 'forgot' | 'unlock' }
	| { type: 'method.select'; method: VerificationMethodId }
	| { type: 'phone.submit'; number: string }
	| { type: 'email.send' }
	| { type: 'call.start' }
	| { type: 'call.answer' }
	| { type: 'call.confirm' }
	| { type: 'call.decline' }
	| { type: 'notification.send' }
	| { type: 'notification.approve' }
	| { type: 'notification.deny' }
	| { type: 'code.submit'; code: string }
	| { type: 'questions.submit'; answers: string[] }
	| { type: 'verify.next' }
	| { type: 'retry' }
	| { type: 'password.submit'; password: string; confirmation: string }
	| { type: 'cancel' };

export interface SimulatorInput {
	settings: SimulatorSettings;
	organization: Pick<OrganizationConfig, 'organizationName' | 'practicePhoneNumber' | 'emailDomain'> & {
		passwordPolicy: PasswordPolicy;
	};
	/** Seeds the CAPTCHA characters and codes; tests and screenshots pass one to get the same each time. */
	seed?: number;
	/** The clock the authenticator app's codes follow; tests pass a fixed one. */
	now?: () => number;
}

export interface SimulatorContext {
	settings: SimulatorSettings;
	organizationName: string;
	emailDomain: string;
	phoneOnFile: string;
	passwordPolicy: PasswordPolicy;
	/**
	 * Every CAPTCHA and code is drawn from `seed` and the number of draws so far, so the same
	 * snapshot and event always give the same result (which the graph walk in the tests needs).
	 */
	seed: number;
	draws: number;
	now: () => number;
	/** The seed of the practice authenticator app's codes. */
	appSeed: string;
	captcha: string;
	userName: string;
	goal: 'reset' | 'unlock';
	selectedMethod: VerificationMethodId | undefined;
	usedMethods: VerificationMethodId[];
	/** The code sent by text or email, which the practice phone shows. */
	sentCode: string | undefined;
	callStatus: 'ringing' | 'answered' | 'confirmed';
	failedPhoneAttempts: number;
	failedCodeAttempts: number;
	failedAnswerAttempts: number;
	blockedBecause: 'phone' | 'code' | 'answers' | undefined;
	errors: Partial<Record<FieldId, string>>;
}

/** What each screen is, for the pages, tests, screenshots and trainers that list screens. */
export interface ScreenMeta {
	/** The stable id used in `?screen=` links and screenshot names. */
	screen: string;
	/** The screen's name, as a trainer says it. */
	title: string;
	/** What a trainer says while this screen is shown. */
	trainerNote: string;
	/**
	 * How a deep link reaches this screen: from which screen, in which scenario, and the events a
	 * user would send there, each made from the context at that moment (a code exists only once sent).
	 */
	reachedBy?: {
		from: string;
		scenario?: ScenarioId;
		steps: Array<(context: SimulatorContext) => SimulatorEvent>;
	};
}

/** The practice account's name: fictional, at the organization's own domain. */
export function practiceUserName(emailDomain: string): string {
	return `alex.wilber@${emailDomain}`;
}

/** A password that meets the portal's default rules, for deep links and demos. */
export const practiceNewPassword = 'Kettle-Violin-58';

const freshAttempts = {
	failedPhoneAttempts: 0,
	failedCodeAttempts: 0,
	failedAnswerAttempts: 0,
} as const;

/** The next value drawn from the context's seed, and the draw count to store with it. */
function nextDraw(context: SimulatorContext, draw: (random: () => number) => string) {
	return { value: draw(seededRandom(context.seed + context.draws)), draws: context.draws + 1 };
}

function currentAppCodes(context: SimulatorContext): string[] {
	const now = context.now();
	// Like a real authenticator, accept the code that has just been replaced as well.
	return [now, now - authenticatorPeriodSeconds * 1000].map((time) =>
		authenticatorCodeAt(time, context.appSeed),
	);
}

function codeResult(context: SimulatorContext, typed: string) {
	const expected =
		context.selectedMethod === 'authenticatorCode' ? currentAppCodes(context) : [context.sentCode ?? ''];
	const results = expected.map((code) => checkVerificationCode(code, typed));
	return results.find((result) => result.ok) ?? results[0]!;
}

function offeredNow(context: SimulatorContext): VerificationMethodId[] {
	return methodsOffered(context.settings.methods, context.usedMethods);
}

function startContext(input: SimulatorInput): SimulatorContext {
	const seed = input.seed ?? Math.floor(Math.random() * 2 ** 31);
	return {
		settings: input.settings,
		organizationName: input.organization.organizationName,
		emailDomain: input.organization.emailDomain,
		phoneOnFile: input.organization.practicePhoneNumber,
		passwordPolicy: input.organization.passwordPolicy,
		seed,
		draws: 2,
		now: input.now ?? Date.now,
		appSeed: drawCaptcha(seededRandom(seed), 8),
		captcha: drawCaptcha(seededRandom(seed + 1)),
		userName: '',
		goal: 'reset',
		selectedMethod: undefined,
		usedMethods: [],
		sentCode: undefined,
		callStatus: 'ringing',
		...freshAttempts,
		blockedBecause: undefined,
		errors: {},
	};
}

const verificationStepNotes = {
	chooseMethod:
		'Only the methods this account registered are listed. The phone number must be typed in full; the portal shows its last two digits as a reminder.',
	enterCode: 'The code arrives on the practice phone. Type all six digits and select Next.',
	answerCall: 'The practice phone rings. Answer it and press the # key, then select Next.',
	approveNotification: 'The practice phone shows a sign-in request. Approve it to carry on.',
	noResponse:
		'If the phone is not answered, the portal offers to try again. Choosing another method also works.',
};

/** The states of one verification step; step 2 has the same screens with their own ids. */
function verificationStep(step: 1 | 2) {
	const prefix = step === 1 ? '' : 'second-';
	const chooseMethodScreen = step === 1 ? 'choose-method' : 'second-method';
	const stepName = `verification step ${step}`;
	const recipes = step === 1 ? firstStepRecipes : secondStepRecipes;
	return {
		initial: 'chooseMethod',
		entry: 'selectDefaultMethod',
		states: {
			chooseMethod: {
				meta: {
					screen: chooseMethodScreen,
					title: `${stepName}: choose a method`,
					trainerNote: verificationStepNotes.chooseMethod,
					reachedBy: recipes.chooseMethod,
				} satisfies ScreenMeta,
				on: {
					'method.select': { guard: 'isMethodOffered', actions: 'selectMethod' },
					'phone.submit': [
						{ guard: 'isPhoneForTextCorrect', target: 'enterCode', actions: 'sendCode' },
						{ guard: 'isPhoneForCallCorrect', target: 'answerCall', actions: 'startCall' },
						{ guard: 'isLastPhoneAttempt', target: '#simulator.blocked', actions: 'blockForPhone' },
						{ guard: 'isPhoneMethodSelected', actions: 'refusePhoneNumber' },
					],
					'email.send': { guard: 'isEmailSelected', target: 'enterCode', actions: 'sendCode' },
					'call.start': { guard: 'isOfficeCallSelected', target: 'answerCall', actions: 'startCall' },
					'notification.send': { guard: 'isNotificationSelected', target: 'approveNotification' },
					'code.submit': [
						{ guard: 'isAppCodeCorrect', target: '#simulator.verified' },
						{
							guard: and(['isAppCodeSelected', 'isLastCodeAttempt']),
							target: '#simulator.blocked',
							actions: 'blockForCode',
						},
						{ guard: 'isAppCodeSelected', actions: 'refuseCode' },
					],
					'questions.submit': [
						{ guard: 'areAnswersCorrect', target: '#simulator.verified' },
						{ guard: 'isLastAnswerAttempt', target: '#simulator.blocked', actions: 'blockForAnswers' },
						{ guard: 'areQuestionsSelected', actions: 'refuseAnswers' },
					],
				},
			},
			enterCode: {
				meta: {
					screen: `${prefix}enter-code`,
					title: `${stepName}: enter the code`,
					trainerNote: verificationStepNotes.enterCode,
					reachedBy: recipes.enterCode,
				} satisfies ScreenMeta,
				on: {
					'code.submit': [
						{ guard: 'isSentCodeCorrect', target: '#simulator.verified' },
						{ guard: 'isLastCodeAttempt', target: '#simulator.blocked', actions: 'blockForCode' },
						{ actions: 'refuseCode' },
					],
				},
			},
			answerCall: {
				meta: {
					screen: `${prefix}answer-call`,
					title: `${stepName}: answer the call`,
					trainerNote: verificationStepNotes.answerCall,
					reachedBy: recipes.answerCall,
				} satisfies ScreenMeta,
				on: {
					'call.answer': { guard: 'isRinging', actions: 'answerCall' },
					'call.confirm': { guard: 'isCallAnswered', actions: 'confirmCall' },
					'call.decline': { guard: 'isRinging', target: 'noResponse' },
					'verify.next': [
						{ guard: 'isCallConfirmed', target: '#simulator.verified' },
						{ actions: 'remindToAnswer' },
					],
				},
			},
			approveNotification: {
				meta: {
					screen: `${prefix}approve-notification`,
					title: `${stepName}: approve the notification`,
					trainerNote: verificationStepNotes.approveNotification,
					reachedBy: recipes.approveNotification,
				} satisfies ScreenMeta,
				on: {
					'notification.approve': { target: '#simulator.verified' },
					'notification.deny': { target: 'noResponse' },
				},
			},
			noResponse: {
				meta: {
					screen: `${prefix}no-response`,
					title: `${stepName}: no response`,
					trainerNote: verificationStepNotes.noResponse,
					reachedBy: recipes.noResponse,
				} satisfies ScreenMeta,
				on: {
					retry: { target: 'chooseMethod', actions: 'clearErrors' },
				},
			},
		},
	} as const;
}

/** The authenticator code the practice app shows now. */
export function currentAppCode(context: SimulatorContext): string {
	return authenticatorCodeAt(context.now(), context.appSeed);
}

/** Six digits that are certainly not the code sent: each digit moved on by one. */
export function wrongCodeFor(code: string | undefined): string {
	return (code ?? '000000').replace(/\d/g, (digit) => String((Number(digit) + 1) % 10));
}

// The answers a user types on the way to a deep-linked screen.
const whoAreYouAnswers = (context: SimulatorContext): SimulatorEvent => ({
	type: 'who.submit',
	userName: practiceUserName(context.emailDomain),
	captcha: context.captcha,
});
const typePhoneNumber = (context: SimulatorContext): SimulatorEvent => ({
	type: 'phone.submit',
	number: context.phoneOnFile,
});
const typeSentCode = (context: SimulatorContext): SimulatorEvent => ({
	type: 'code.submit',
	code: context.sentCode ?? '',
});
const passStepWithText: Array<(context: SimulatorContext) => SimulatorEvent> = [
	() => ({ type: 'method.select', method: 'text' }),
	typePhoneNumber,
	typeSentCode,
];
const select = (method: VerificationMethodId) => (): SimulatorEvent => ({ type: 'method.select', method });
const send =
	(type: 'email.send' | 'call.start' | 'notification.send' | 'call.decline') => (): SimulatorEvent => ({
		type,
	});

type Recipe = NonNullable<ScreenMeta['reachedBy']>;
type StepRecipes = Record<
	'chooseMethod' | 'enterCode' | 'answerCall' | 'approveNotification' | 'noResponse',
	Recipe
>;

// Step 1 uses the mobile phone where it can, so that step 2 shows the other devices.
const firstStepRecipes: StepRecipes = {
	chooseMethod: { from: 'who-are-you', steps: [whoAreYouAnswers] },
	enterCode: { from: 'choose-method', steps: [select('text'), typePhoneNumber] },
	answerCall: { from: 'choose-method', steps: [select('call'), typePhoneNumber] },
	approveNotification: {
		from: 'choose-method',
		scenario: 'all-methods',
		steps: [select('authenticatorNotification'), send('notification.send')],
	},
	noResponse: { from: 'answer-call', steps: [send('call.decline')] },
};

// Step 2 never offers the mobile phone again, so its screens are shown with the other devices.
const secondStepRecipes: StepRecipes = {
	chooseMethod: { from: 'choose-method', scenario: 'two-methods', steps: passStepWithText },
	enterCode: { from: 'second-method', scenario: 'all-methods', steps: [select('email'), send('email.send')] },
	answerCall: {
		from: 'second-method',
		scenario: 'all-methods',
		steps: [select('officeCall'), send('call.start')],
	},
	approveNotification: {
		from: 'second-method',
		scenario: 'all-methods',
		steps: [select('authenticatorNotification'), send('notification.send')],
	},
	noResponse: { from: 'second-answer-call', scenario: 'all-methods', steps: [send('call.decline')] },
};

export const simulatorMachine = setup({
	types: {
		context: {} as SimulatorContext,
		events: {} as SimulatorEvent,
		input: {} as SimulatorInput,
		meta: {} as ScreenMeta,
	},
	guards: {
		isRegistered: ({ context }) => context.settings.registered,
		offersUnlock: ({ context }) => context.settings.offerUnlock,
		isWhoAreYouValid: ({ context, event }) =>
			event.type === 'who.submit' &&
			checkUserName(event.userName).ok &&
			captchaMatches(context.captcha, event.captcha),
		isMethodOffered: ({ context, event }) =>
			event.type === 'method.select' && offeredNow(context).includes(event.method),
		isPhoneMethodSelected: ({ context }) =>
			context.selectedMethod === 'text' || context.selectedMethod === 'call',
		isPhoneForTextCorrect: ({ context, event }) =>
			event.type === 'phone.submit' &&
			context.selectedMethod === 'text' &&
			checkPhoneNumber(context.phoneOnFile, event.number).ok,
		isPhoneForCallCorrect: ({ context, event }) =>
			event.type === 'phone.submit' &&
			context.selectedMethod === 'call' &&
			checkPhoneNumber(context.phoneOnFile, event.number).ok,
		isLastPhoneAttempt: ({ context }) =>
			(context.selectedMethod === 'text' || context.selectedMethod === 'call') &&
			isBlockedAfter(context.failedPhoneAttempts + 1),
		isEmailSelected: ({ context }) => context.selectedMethod === 'email',
		isOfficeCallSelected: ({ context }) => context.selectedMethod === 'officeCall',
		isNotificationSelected: ({ context }) => context.selectedMethod === 'authenticatorNotification',
		isAppCodeSelected: ({ context }) => context.selectedMethod === 'authenticatorCode',
		isAppCodeCorrect: ({ context, event }) =>
			event.type === 'code.submit' &&
			context.selectedMethod === 'authenticatorCode' &&
			codeResult(context, event.code).ok,
		isSentCodeCorrect: ({ context, event }) =>
			event.type === 'code.submit' && codeResult(context, event.code).ok,
		isLastCodeAttempt: ({ context }) => isBlockedAfter(context.failedCodeAttempts + 1),
		areQuestionsSelected: ({ context }) => context.selectedMethod === 'securityQuestions',
		areAnswersCorrect: ({ context, event }) =>
			event.type === 'questions.submit' &&
			context.selectedMethod === 'securityQuestions' &&
			securityAnswersMatch(
				practiceSecurityQuestions.map((question) => question.answer),
				event.answers,
			),
		isLastAnswerAttempt: ({ context }) =>
			context.selectedMethod === 'securityQuestions' && isBlockedAfter(context.failedAnswerAttempts + 1),
		isRinging: ({ context }) => context.callStatus === 'ringing',
		isCallAnswered: ({ context }) => context.callStatus === 'answered',
		isCallConfirmed: ({ context }) => context.callStatus === 'confirmed',
		needsAnotherStep: ({ context }) => context.usedMethods.length < context.settings.requiredMethods,
		isUnlocking: ({ context }) => context.goal === 'unlock',
		isNewPasswordAccepted: ({ context, event }) =>
			event.type === 'password.submit' &&
			checkNewPassword({
				password: event.password,
				confirmation: event.confirmation,
				policy: context.passwordPolicy,
				organizationName: context.organizationName,
				userName: context.userName,
			}).ok,
	},
	actions: {
		resetEverything: assign(({ context }) => ({
			...startContext({
				settings: context.settings,
				organization: {
					organizationName: context.organizationName,
					emailDomain: context.emailDomain,
					practicePhoneNumber: context.phoneOnFile,
					passwordPolicy: context.passwordPolicy,
				},
				seed: context.seed + context.draws,
				now: context.now,
			}),
		})),
		drawNewCaptcha: assign(({ context }) => {
			const { value: captcha, draws } = nextDraw(context, drawCaptcha);
			return { captcha, draws, errors: {} };
		}),
		rememberUser: assign({
			userName: ({ event }) => (event.type === 'who.submit' ? event.userName.trim() : ''),
			errors: {},
		}),
		refuseWhoAreYou: assign(({ context, event }) => {
			if (event.type !== 'who.submit') return {};
			const errors: SimulatorContext['errors'] = {};
			const userName = checkUserName(event.userName);
			if (!userName.ok) errors.userName = userName.message;
			const captchaWrong = !captchaMatches(context.captcha, event.captcha);
			if (captchaWrong) {
				errors.captcha =
					event.captcha.trim() === ''
						? 'Enter the characters from the picture.'
						: "The characters didn't match the picture. Here are new ones: try again.";
			}
			// A wrong guess gets fresh characters, so nobody can keep guessing at one picture.
			if (!captchaWrong) return { errors };
			const { value: captcha, draws } = nextDraw(context, drawCaptcha);
			return { errors, captcha, draws };
		}),
		chooseGoal: assign({
			goal: ({ event }) =>
				event.type === 'trouble.choose' && event.reason === 'unlock' ? 'unlock' : 'reset',
		}),
		selectDefaultMethod: assign({
			selectedMethod: ({ context }) => defaultMethod(offeredNow(context)),
			sentCode: undefined,
			callStatus: 'ringing' as const,
			errors: {},
		}),
		selectMethod: assign({
			selectedMethod: ({ context, event }) =>
				event.type === 'method.select' ? event.method : context.selectedMethod,
			errors: {},
		}),
		sendCode: assign(({ context }) => {
			const { value: sentCode, draws } = nextDraw(context, generateVerificationCode);
			return { sentCode, draws, errors: {} };
		}),
		startCall: assign({ callStatus: 'ringing' as const, errors: {} }),
		answerCall: assign({ callStatus: 'answered' as const }),
		confirmCall: assign({ callStatus: 'confirmed' as const, errors: {} }),
		remindToAnswer: assign({
			errors: { call: 'Answer the call on your phone and press the # key, then select Next.' },
		}),
		refusePhoneNumber: assign(({ context, event }) => {
			if (event.type !== 'phone.submit') return {};
			const result = checkPhoneNumber(
				context.phoneOnFile,
				event.number,
				context.selectedMethod === 'call' ? 'call' : 'text',
			);
			return {
				failedPhoneAttempts: context.failedPhoneAttempts + 1,
				errors: { phone: result.ok ? '' : result.message },
			};
		}),
		refuseCode: assign(({ context, event }) => {
			if (event.type !== 'code.submit') return {};
			const result = codeResult(context, event.code);
			return {
				failedCodeAttempts: context.failedCodeAttempts + 1,
				errors: { code: result.ok ? '' : result.message },
			};
		}),
		refuseAnswers: assign(({ context }) => ({
			failedAnswerAttempts: context.failedAnswerAttempts + 1,
			errors: { answers: "One or more answers don't match. Check them and try again." },
		})),
		blockForPhone: assign({ blockedBecause: 'phone' as const }),
		blockForCode: assign({ blockedBecause: 'code' as const }),
		blockForAnswers: assign({ blockedBecause: 'answers' as const }),
		recordMethodUsed: assign({
			usedMethods: ({ context }) =>
				context.selectedMethod ? [...context.usedMethods, context.selectedMethod] : context.usedMethods,
			...freshAttempts,
		}),
		clearErrors: assign({ errors: {} }),
		refuseNewPassword: assign(({ context, event }) => {
			if (event.type !== 'password.submit') return {};
			const result = checkNewPassword({
				password: event.password,
				confirmation: event.confirmation,
				policy: context.passwordPolicy,
				organizationName: context.organizationName,
				userName: context.userName,
			});
			if (result.ok) return { errors: {} };
			const errors: SimulatorContext['errors'] = {};
			for (const failure of result.failures) {
				errors[failure.field] = [errors[failure.field], failure.message].filter(Boolean).join(' ');
			}
			return { errors };
		}),
	},
}).createMachine({
	id: 'simulator',
	context: ({ input }) => startContext(input),
	initial: 'whoAreYou',
	on: {
		// Cancel, anywhere, starts again with every field cleared, as on the portal.
		cancel: { target: '.whoAreYou', actions: 'resetEverything' },
	},
	states: {
		whoAreYou: {
			meta: {
				screen: 'who-are-you',
				title: 'Who are you?',
				trainerNote:
					'Type your work email address and the characters from the picture. Capitals do not matter; the refresh and audio buttons help when the picture is hard to read.',
			},
			on: {
				'captcha.refresh': { actions: 'drawNewCaptcha' },
				'who.submit': [
					{
						guard: and(['isWhoAreYouValid', not('isRegistered')]),
						target: 'couldNotVerify',
						actions: 'rememberUser',
					},
					{ guard: and(['isWhoAreYouValid', 'offersUnlock']), target: 'whyTrouble', actions: 'rememberUser' },
					{ guard: 'isWhoAreYouValid', target: 'verifyFirst', actions: 'rememberUser' },
					{ actions: 'refuseWhoAreYou' },
				],
			},
		},
		whyTrouble: {
			meta: {
				screen: 'why-trouble',
				title: 'Why are you having trouble signing in?',
				trainerNote:
					'Choose "I forgot my password" to set a new one. If you know your password but are locked out, the second choice unlocks the account without changing it.',
				reachedBy: { from: 'who-are-you', scenario: 'unlock', steps: [whoAreYouAnswers] },
			},
			on: {
				'trouble.choose': { target: 'verifyFirst', actions: 'chooseGoal' },
			},
		},
		couldNotVerify: {
			meta: {
				screen: 'could-not-verify',
				title: 'We could not verify your account',
				trainerNote:
					'This is what people see when they never registered a phone or app. Only the helpdesk can reset the password then; afterwards, register so it does not happen again.',
				reachedBy: { from: 'who-are-you', scenario: 'not-registered', steps: [whoAreYouAnswers] },
			},
		},
		verifyFirst: verificationStep(1),
		verifySecond: verificationStep(2),
		// Not a screen: where both verification steps go once the user has proved who they are.
		verified: {
			entry: 'recordMethodUsed',
			always: [
				{ guard: 'needsAnotherStep', target: 'verifySecond' },
				{ guard: 'isUnlocking', target: 'unlocked' },
				{ target: 'newPassword' },
			],
		},
		newPassword: {
			meta: {
				screen: 'new-password',
				title: 'Choose a new password',
				trainerNote:
					'Type the new password twice. The strength bar helps; the portal refuses passwords that are short, simple, or contain your name or the organization name.',
				reachedBy: { from: 'enter-code', steps: [typeSentCode] },
			},
			on: {
				'password.submit': [
					{ guard: 'isNewPasswordAccepted', target: 'done' },
					{ actions: 'refuseNewPassword' },
				],
			},
		},
		done: {
			meta: {
				screen: 'done',
				title: 'Your password has been reset',
				trainerNote:
					'Done. Now the computer: a work computer away from the office needs the VPN first, then lock and unlock it with the new password.',
				reachedBy: {
					from: 'new-password',
					steps: [
						() => ({
							type: 'password.submit',
							password: practiceNewPassword,
							confirmation: practiceNewPassword,
						}),
					],
				},
			},
		},
		unlocked: {
			meta: {
				screen: 'unlocked',
				title: 'Your account has been unlocked',
				trainerNote:
					'The account is unlocked and the password is unchanged: sign in with the password you know.',
				reachedBy: {
					from: 'why-trouble',
					scenario: 'unlock',
					steps: [() => ({ type: 'trouble.choose', reason: 'unlock' }), ...passStepWithText],
				},
			},
		},
		blocked: {
			meta: {
				screen: 'blocked',
				title: 'Too many attempts',
				trainerNote:
					'After five wrong tries the portal blocks resets for 24 hours. The helpdesk can help sooner, so stop after two or three failed tries.',
				reachedBy: {
					from: 'enter-code',
					steps: Array.from(
						{ length: maxCodeAttempts },
						() =>
							(context: SimulatorContext): SimulatorEvent => ({
								type: 'code.submit',
								code: wrongCodeFor(context.sentCode),
							}),
					),
				},
			},
		},
	},
});
