import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { org } from '../config';
import { scenarioIds } from './scenarios';
import { currentScreen, screenIds, simulatorInputFor } from './screens';
import { simulatorMachine } from './simulator';
import { candidateEvents, coveringPaths, machineStateIds, machineTransitions } from './simulatorModel';
import { fixedClock, seededRandom } from './determinism';

describe('model-based paths through the simulator', () => {
	const paths = coveringPaths(org);

	it('take every transition the machine defines', () => {
		const taken = new Set(paths.flatMap((path) => [...path.transitions]));
		const missing = [...machineTransitions().values()].filter((transition) => !taken.has(transition));
		expect(missing, `transitions no path takes (state --event--> target):\n${missing.join('\n')}`).toEqual(
			[],
		);
	});

	it('reach every screen', () => {
		const reached = new Set(paths.flatMap((path) => path.steps.map((step) => step.screen)));
		const missing = screenIds.filter((screen) => screen !== 'who-are-you' && !reached.has(screen));
		expect(missing, 'screens no path reaches').toEqual([]);
	});

	it('pass through every state of the machine', () => {
		const visited = new Set(
			paths.flatMap((path) => [...path.transitions].map((name) => name.split(' --')[0])),
		);
		const targets = new Set(
			paths.flatMap((path) =>
				[...path.transitions].flatMap((name) => name.split('--> ')[1]!.split(' #')[0]!.split(',')),
			),
		);
		const missing = machineStateIds().filter((id) => !visited.has(id) && !targets.has(id));
		expect(missing, 'states no path enters').toEqual([]);
	});

	it('stay few enough to replay in a browser', () => {
		expect(paths.length).toBeGreaterThan(5);
		expect(paths.length).toBeLessThan(120);
	});
});

describe('a random walk through the simulator', () => {
	it('never throws and always leaves a way back to the start', () => {
		const random = seededRandom(2026);
		for (let walk = 0; walk < 300; walk++) {
			const scenario = scenarioIds[walk % scenarioIds.length]!;
			const actor = createActor(simulatorMachine, {
				input: simulatorInputFor(scenario, org, { seed: walk, now: fixedClock() }),
			}).start();
			for (let step = 0; step < 40; step++) {
				const events = candidateEvents(actor.getSnapshot().context);
				const event = events[Math.floor(random() * events.length)]!;
				expect(() => actor.send(event)).not.toThrow();
				const snapshot = actor.getSnapshot();
				expect(snapshot.status, `walk ${walk}, after ${event.type}`).toBe('active');
				expect(() => currentScreen(snapshot)).not.toThrow();
				expect(snapshot.can({ type: 'cancel' }), `no way back from ${currentScreen(snapshot).screen}`).toBe(
					true,
				);
			}
		}
	});
});
