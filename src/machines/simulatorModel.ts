/**
 * The simulator as a test model: the events a user can send on each screen, the paths
 * `xstate/graph` finds through them, and which of the machine's transitions those paths take.
 * The unit tests check the coverage; the browser tests replay the same paths on the real page.
 */
import { createActor, type AnyStateNode, type AnyTransitionDefinition } from 'xstate';
import { getShortestPaths } from 'xstate/graph';
import type { OrganizationConfig } from '../config/schema';
import { authenticatorCodeAt } from '../rules/code';
import { practiceSecurityQuestions } from './portal';
import { scenarioIds, type ScenarioId } from './scenarios';
import { currentScreen, simulatorInputFor, type SimulatorSnapshot } from './screens';
import {
	practiceNewPassword,
	practiceUserName,
	simulatorMachine,
	wrongCodeFor,
	type SimulatorContext,
	type SimulatorEvent,
} from './simulator';
import { fixedClock, seededRandom } from './determinism';

/** A wrong CAPTCHA guess: "1" is never drawn, so this never matches by chance. */
export const wrongCaptcha = 'ZZZZ1';
export const wrongPhoneNumber = '425 555 0199';
export const weakPassword = 'password';

function expectedCode(context: SimulatorContext): string {
	return context.selectedMethod === 'authenticatorCode'
		? authenticatorCodeAt(context.now(), context.appSeed)
		: (context.sentCode ?? '');
}

/**
 * An event as the model sends it: a deliberately wrong CAPTCHA or code is marked, because the
 * graph walk merges states that differ only in their random characters, so the value alone
 * can't tell a right answer from a wrong one later. The machine ignores the mark.
 */
export type ModelEvent = SimulatorEvent & { wrong?: true };

/**
 * The same intent in another run: the right CAPTCHA or code of this run, or a wrong one.
 * CAPTCHAs and codes are drawn afresh in each run, so a path keeps what the user meant, not the value.
 */
export function remakeEvent(
	event: SimulatorEvent,
	right: boolean,
	context: SimulatorContext,
): SimulatorEvent {
	switch (event.type) {
		case 'who.submit':
			return { ...event, captcha: right ? context.captcha : wrongCaptcha };
		case 'code.submit':
			return { ...event, code: right ? expectedCode(context) : wrongCodeFor(expectedCode(context)) };
		default:
			return event;
	}
}

/** Every event a user could send, with right and wrong values made from the current context. */
export function candidateEvents(context: SimulatorContext): ModelEvent[] {
	const hasFailedBefore =
		context.failedCodeAttempts + context.failedPhoneAttempts + context.failedAnswerAttempts > 0;
	const wrongAnswers: ModelEvent[] = [
		{ type: 'phone.submit', number: wrongPhoneNumber },
		{ type: 'code.submit', code: wrongCodeFor(expectedCode(context)), wrong: true },
		{ type: 'questions.submit', answers: ['', '', ''] },
	];
	return [
		{ type: 'who.submit', userName: practiceUserName(context.emailDomain), captcha: context.captcha },
		{
			type: 'who.submit',
			userName: practiceUserName(context.emailDomain),
			captcha: wrongCaptcha,
			wrong: true,
		},
		{ type: 'captcha.refresh' },
		{ type: 'trouble.choose', reason: 'forgot' },
		{ type: 'trouble.choose', reason: 'unlock' },
		...context.settings.methods.map((method): ModelEvent => ({ type: 'method.select', method })),
		{ type: 'phone.submit', number: context.phoneOnFile },
		{ type: 'email.send' },
		{ type: 'call.start' },
		{ type: 'call.answer' },
		{ type: 'call.confirm' },
		{ type: 'call.decline' },
		{ type: 'verify.next' },
		{ type: 'notification.send' },
		{ type: 'notification.approve' },
		{ type: 'notification.deny' },
		{ type: 'code.submit', code: expectedCode(context) },
		{ type: 'questions.submit', answers: practiceSecurityQuestions.map((question) => question.answer) },
		{ type: 'retry' },
		{ type: 'password.submit', password: practiceNewPassword, confirmation: practiceNewPassword },
		{ type: 'password.submit', password: weakPassword, confirmation: weakPassword },
		{ type: 'cancel' },
		// One kind of failure at a time keeps the graph small; each still reaches the blocked screen.
		...wrongAnswers.filter((event) => {
			if (!hasFailedBefore) return true;
			if (event.type === 'phone.submit') return context.failedPhoneAttempts > 0;
			if (event.type === 'code.submit') return context.failedCodeAttempts > 0;
			return context.failedAnswerAttempts > 0;
		}),
	];
}

/** What makes two snapshots the same state for the walk: not the random CAPTCHA or code. */
export function serializeForWalk(snapshot: SimulatorSnapshot): string {
	const { context } = snapshot;
	return JSON.stringify([
		snapshot.value,
		context.goal,
		context.selectedMethod,
		context.usedMethods,
		context.callStatus,
		context.failedPhoneAttempts,
		context.failedCodeAttempts,
		context.failedAnswerAttempts,
		Object.keys(context.errors).sort(),
	]);
}

export interface ModelStep {
	event: SimulatorEvent;
	/** For a CAPTCHA or code: whether the user typed the right one. */
	right: boolean;
	/** The context on the screen the event was sent from. */
	before: SimulatorContext;
	/** The screen it led to. */
	screen: string;
}

export interface ModelPath {
	scenario: ScenarioId;
	steps: ModelStep[];
	/** Ids of the machine's transitions this path takes, see `transitionId`. */
	transitions: Set<string>;
}

/** A transition's name in coverage reports: "<source state> --<event>--> <targets> #<n>". */
export function transitionId(transition: AnyTransitionDefinition, index: number): string {
	const targets = transition.target?.map((node) => node.id).join(',') ?? '(stays)';
	return `${transition.source.id} --${transition.eventType || '(always)'}--> ${targets} #${index}`;
}

function allNodes(node: AnyStateNode): AnyStateNode[] {
	return [node, ...Object.values(node.states).flatMap(allNodes)];
}

/** Every transition the machine defines, by its id, with the transition object for lookups. */
export function machineTransitions(): Map<AnyTransitionDefinition, string> {
	const result = new Map<AnyTransitionDefinition, string>();
	for (const node of allNodes(simulatorMachine.root)) {
		for (const definitions of node.transitions.values()) {
			definitions.forEach((definition, index) => result.set(definition, transitionId(definition, index)));
		}
		(node.always ?? []).forEach((definition, index) =>
			result.set(definition, transitionId(definition, index)),
		);
	}
	return result;
}

/** Every state node id of the machine that a user can rest in or pass through. */
export function machineStateIds(): string[] {
	return allNodes(simulatorMachine.root)
		.filter((node) => node !== simulatorMachine.root)
		.map((node) => node.id);
}

export interface Intent {
	event: SimulatorEvent;
	right: boolean;
}

const intentOf = ({ wrong, ...event }: ModelEvent): Intent => ({
	event: event as SimulatorEvent,
	right: !wrong,
});

/** Replays what a user meant on a fresh actor, recording the screens and the transitions taken. */
export function replay(scenario: ScenarioId, organization: OrganizationConfig, intents: Intent[]): ModelPath {
	const names = machineTransitions();
	const transitions = new Set<string>();
	const actor = createActor(simulatorMachine, {
		input: simulatorInputFor(scenario, organization, { seed: 1, now: fixedClock() }),
		inspect: (inspection) => {
			if (inspection.type !== '@xstate.microstep') return;
			for (const transition of inspection._transitions) {
				const name = names.get(transition);
				if (name) transitions.add(name);
			}
		},
	}).start();
	const steps = intents.map(({ event, right }) => {
		const before = actor.getSnapshot().context;
		const remade = remakeEvent(event, right, before);
		actor.send(remade);
		return { event: remade, right, before, screen: currentScreen(actor.getSnapshot()).screen };
	});
	return { scenario, steps, transitions };
}

/**
 * Paths that together take every transition of the machine: for each state the walk reaches
 * (deepest first) and each event enabled there, the shortest path to the state plus that
 * event, kept only when the event takes a transition no kept path has taken yet.
 */
export function coveringPaths(organization: OrganizationConfig): ModelPath[] {
	const names = machineTransitions();
	const reached = scenarioIds.flatMap((scenario) =>
		getShortestPaths(simulatorMachine, {
			input: simulatorInputFor(scenario, organization, { seed: 1, now: fixedClock() }),
			events: (snapshot) => candidateEvents(snapshot.context),
			serializeState: (snapshot) => serializeForWalk(snapshot as SimulatorSnapshot),
		}).map((path) => ({
			scenario,
			state: path.state,
			// steps[0] is the start ("xstate.init"), not an event the user sent.
			intents: path.steps.slice(1).map((step) => intentOf(step.event)),
		})),
	);
	reached.sort((a, b) => b.intents.length - a.intents.length);

	const covered = new Set<string>();
	const chosen: ModelPath[] = [];
	for (const { scenario, state, intents } of reached) {
		for (const next of candidateEvents(state.context)) {
			if (!state.can(next)) continue;
			// A cheap look at what the event would take, before replaying the whole path. Where it
			// leads through an eventless state (`verified`), only a replay tells which way it goes on.
			const taken = simulatorMachine.getTransitionData(state, next);
			const throughEventless = taken.some((transition) =>
				transition.target?.some((node) => node.always?.length),
			);
			if (!throughEventless && taken.every((transition) => covered.has(names.get(transition) ?? '')))
				continue;
			const path = replay(scenario, organization, [...intents, intentOf(next)]);
			if ([...path.transitions].every((transition) => covered.has(transition))) continue;
			chosen.push(path);
			path.transitions.forEach((transition) => covered.add(transition));
		}
	}
	return chosen;
}

/** A name for a path in test titles: its scenario, the screens it passes and its last event. */
export function describePath(path: ModelPath): string {
	const screens = ['who-are-you', ...path.steps.map((step) => step.screen)].filter(
		(s, i, all) => s !== all[i - 1],
	);
	const last = path.steps.at(-1);
	const ending = last ? `, last ${last.event.type}${last.right ? '' : ' (wrong)'}` : '';
	return `${path.scenario}: ${screens.join(' > ')} (${path.steps.length} steps${ending})`;
}
