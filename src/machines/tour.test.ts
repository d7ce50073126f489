import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { org } from '../config';
import type { ScenarioId } from './scenarios';
import { currentScreen, simulatorInputFor } from './screens';
import { simulatorMachine } from './simulator';
import { fixedClock } from './determinism';
import { nextTourEvent, tourScreens } from './tour';

const inputFor = (scenario: ScenarioId) => simulatorInputFor(scenario, org, { seed: 3, now: fixedClock() });

describe('the trainer tour', () => {
	it.each([
		['default', ['who-are-you', 'choose-method', 'enter-code', 'new-password', 'done']],
		['two-methods', ['who-are-you', 'choose-method', 'enter-code', 'second-method', 'new-password', 'done']],
		['not-registered', ['who-are-you', 'could-not-verify']],
		['unlock', ['who-are-you', 'why-trouble', 'choose-method', 'enter-code', 'new-password', 'done']],
		[
			'all-methods',
			[
				'who-are-you',
				'choose-method',
				'enter-code',
				'second-method',
				'second-enter-code',
				'new-password',
				'done',
			],
		],
	] as const)('walks the %s scenario to its end', (scenario, screens) => {
		expect(tourScreens(scenario, inputFor)).toEqual(screens);
	});

	it('presses Answer, then #, then Next on a call', () => {
		const actor = createActor(simulatorMachine, { input: inputFor('default') }).start();
		actor.send(nextTourEvent(actor.getSnapshot())!);
		actor.send({ type: 'method.select', method: 'call' });
		actor.send(nextTourEvent(actor.getSnapshot())!);
		const events = [];
		for (let i = 0; i < 3; i++) {
			const event = nextTourEvent(actor.getSnapshot())!;
			events.push(event.type);
			actor.send(event);
		}
		expect(events).toEqual(['call.answer', 'call.confirm', 'verify.next']);
		expect(currentScreen(actor.getSnapshot()).screen).toBe('new-password');
	});

	it('stops where the story ends', () => {
		const actor = createActor(simulatorMachine, { input: inputFor('not-registered') }).start();
		actor.send(nextTourEvent(actor.getSnapshot())!);
		expect(nextTourEvent(actor.getSnapshot())).toBeUndefined();
	});
});
