/**
 * The way through the simulator that a trainer shows: at each screen, what a user who does
 * everything right does next. Presenter mode's "next step" and auto-play follow it.
 */
import { createActor } from 'xstate';
import { practiceSecurityQuestions } from './portal';
import type { ScenarioId } from './scenarios';
import { currentScreen, type SimulatorInputFactory, type SimulatorSnapshot } from './screens';
import {
	currentAppCode,
	practiceNewPassword,
	practiceUserName,
	simulatorMachine,
	type SimulatorEvent,
} from './simulator';

/** The next event on the happy path, or undefined on a screen where the story ends. */
export function nextTourEvent(snapshot: SimulatorSnapshot): SimulatorEvent | undefined {
	const { context } = snapshot;
	switch (currentScreen(snapshot).view) {
		case 'whoAreYou':
			return {
				type: 'who.submit',
				userName: practiceUserName(context.emailDomain),
				captcha: context.captcha,
			};
		case 'whyTrouble':
			return { type: 'trouble.choose', reason: 'forgot' };
		case 'chooseMethod':
			switch (context.selectedMethod) {
				case 'text':
				case 'call':
					return { type: 'phone.submit', number: context.phoneOnFile };
				case 'email':
					return { type: 'email.send' };
				case 'officeCall':
					return { type: 'call.start' };
				case 'authenticatorNotification':
					return { type: 'notification.send' };
				case 'authenticatorCode':
					return { type: 'code.submit', code: currentAppCode(context) };
				case 'securityQuestions':
					return {
						type: 'questions.submit',
						answers: practiceSecurityQuestions.map((question) => question.answer),
					};
				default:
					return undefined;
			}
		case 'enterCode':
			return { type: 'code.submit', code: context.sentCode ?? '' };
		case 'answerCall':
			return context.callStatus === 'ringing'
				? { type: 'call.answer' }
				: context.callStatus === 'answered'
					? { type: 'call.confirm' }
					: { type: 'verify.next' };
		case 'approveNotification':
			return { type: 'notification.approve' };
		case 'noResponse':
			return { type: 'retry' };
		case 'newPassword':
			return { type: 'password.submit', password: practiceNewPassword, confirmation: practiceNewPassword };
		default:
			return undefined;
	}
}

/** The screens a scenario's happy path shows, in order, found by walking the machine. */
export function tourScreens(scenario: ScenarioId, inputFor: SimulatorInputFactory): string[] {
	const actor = createActor(simulatorMachine, { input: inputFor(scenario) }).start();
	const visited = [currentScreen(actor.getSnapshot()).screen];
	// A bound, so that a machine change that loops can never hang a page.
	for (let step = 0; step < 40; step++) {
		const event = nextTourEvent(actor.getSnapshot());
		if (!event) break;
		actor.send(event);
		const screen = currentScreen(actor.getSnapshot()).screen;
		if (screen !== visited.at(-1)) visited.push(screen);
	}
	actor.stop();
	return visited;
}
