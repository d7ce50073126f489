/**
 * The simulator's screens, read from the machine's `meta`, and the deep links (`?screen=`)
 * that open one of them with plausible earlier answers filled in.
 */
import { createActor, type AnyStateNode, type SnapshotFrom } from 'xstate';
import type { OrganizationConfig } from '../config/schema';
import { isScenarioId, settingsFor, type ScenarioId } from './scenarios';
import {
	simulatorMachine,
	type ScreenMeta,
	type SimulatorContext,
	type SimulatorEvent,
	type SimulatorInput,
} from './simulator';

export type SimulatorSnapshot = SnapshotFrom<typeof simulatorMachine>;

export interface Screen extends ScreenMeta {
	/** The machine's state node id, e.g. "simulator.verifyFirst.enterCode". */
	stateId: string;
	/** The state's own key, e.g. "enterCode": both verification steps share their views. */
	view: string;
}

function collectScreens(node: AnyStateNode): Screen[] {
	const meta = node.meta as ScreenMeta | undefined;
	const own = meta?.screen ? [{ ...meta, stateId: node.id, view: node.key }] : [];
	return [...own, ...Object.values(node.states).flatMap(collectScreens)];
}

/** Every screen of the simulator, in the machine's order. */
export const screens: readonly Screen[] = collectScreens(simulatorMachine.root);

export const screenIds: readonly string[] = screens.map((screen) => screen.screen);

export function isScreenId(value: unknown): value is string {
	return typeof value === 'string' && screenIds.includes(value);
}

export function screenById(id: string): Screen | undefined {
	return screens.find((screen) => screen.screen === id);
}

/** The screen a snapshot shows. */
export function currentScreen(snapshot: SimulatorSnapshot): Screen {
	const meta = Object.values(snapshot.getMeta()).find(
		(value) => (value as ScreenMeta | undefined)?.screen,
	) as ScreenMeta | undefined;
	const screen = meta && screenById(meta.screen);
	if (!screen)
		throw new Error(`The simulator is in a state with no screen: ${JSON.stringify(snapshot.value)}`);
	return screen;
}

export interface DeepLinkPlan {
	screen: string;
	scenario: ScenarioId;
	steps: Array<(context: SimulatorContext) => SimulatorEvent>;
}

/**
 * How to open a screen: the chain of `reachedBy` back to the first screen, and the scenario
 * the screen needs. The requested scenario is kept unless the screen's chain names another.
 */
export function planDeepLink(
	screenId: string,
	requestedScenario: ScenarioId = 'default',
): DeepLinkPlan | undefined {
	const chain: Screen[] = [];
	for (
		let screen = screenById(screenId);
		screen;
		screen = screen.reachedBy && screenById(screen.reachedBy.from)
	) {
		if (chain.includes(screen)) throw new Error(`The deep links of ${screenId} go round in a circle.`);
		chain.unshift(screen);
	}
	if (chain.length === 0) return undefined;
	const needed = [...chain].reverse().find((screen) => screen.reachedBy?.scenario)?.reachedBy?.scenario;
	const scenario = needed ?? requestedScenario;
	return { screen: screenId, scenario, steps: chain.flatMap((screen) => screen.reachedBy?.steps ?? []) };
}

export interface SimulatorQuery {
	screen: string | undefined;
	scenario: ScenarioId;
	/** Fixes the CAPTCHA characters and codes, for screenshots and rehearsed demos. */
	seed: number | undefined;
	/** Opens presenter mode (`?presenter`), for trainers. */
	presenter?: boolean;
}

/** Reads `?screen=`, `?scenario=` and `?seed=` safely: unknown or hostile values give the start. */
export function readSimulatorQuery(search: string): SimulatorQuery {
	const params = new URLSearchParams(search);
	const scenario = params.get('scenario');
	const screen = params.get('screen');
	const seed = params.get('seed');
	return {
		scenario: isScenarioId(scenario) ? scenario : 'default',
		screen: isScreenId(screen) ? screen : undefined,
		seed: seed !== null && /^\d{1,9}$/.test(seed) ? Number(seed) : undefined,
		presenter: params.has('presenter'),
	};
}

/**
 * Plays a deep link's steps on a started actor. Returns whether it arrived; a plan that can't
 * arrive (an organization config without the method it needs) leaves the caller to start over.
 */
export function playDeepLink(
	actor: { send: (event: SimulatorEvent) => void; getSnapshot: () => SimulatorSnapshot },
	plan: DeepLinkPlan,
): boolean {
	for (const step of plan.steps) actor.send(step(actor.getSnapshot().context));
	return currentScreen(actor.getSnapshot()).screen === plan.screen;
}

/**
 * Starts a simulator as a query asks: at the requested screen when it can get there, else at
 * the start of the requested scenario. Never throws on what the address says.
 */
export type SimulatorInputFactory = (scenario: ScenarioId) => SimulatorInput;

export function openSimulator(query: SimulatorQuery, inputFor: SimulatorInputFactory) {
	const plan = query.screen ? planDeepLink(query.screen, query.scenario) : undefined;
	if (plan) {
		const actor = createActor(simulatorMachine, { input: inputFor(plan.scenario) }).start();
		if (playDeepLink(actor, plan)) return { actor, scenario: plan.scenario, arrived: true };
		actor.stop();
	}
	const actor = createActor(simulatorMachine, { input: inputFor(query.scenario) }).start();
	return { actor, scenario: query.scenario, arrived: !query.screen };
}

/** Starts a simulator at a screen, for tests and tools that need one without a page. */
export function startAt(screenId: string, inputFor: SimulatorInputFactory) {
	if (!isScreenId(screenId))
		throw new Error(`There is no screen "${screenId}". Screens: ${screenIds.join(', ')}`);
	return openSimulator({ screen: screenId, scenario: 'default', seed: undefined }, inputFor);
}

export type SimulatorActor = ReturnType<typeof openSimulator>['actor'];

/** The machine's input for a scenario of an organization. */
export function simulatorInputFor(
	scenario: ScenarioId,
	organization: OrganizationConfig,
	options: Pick<SimulatorInput, 'seed' | 'now'> = {},
): SimulatorInput {
	return { settings: settingsFor(scenario, organization.verification), organization, ...options };
}

export interface BreadcrumbStep {
	label: string;
	status: 'done' | 'current' | 'todo';
}

/** The portal's breadcrumb, e.g. "verification step 1 ✓ > choose a new password". */
export function breadcrumbFor(snapshot: SimulatorSnapshot): BreadcrumbStep[] {
	const { requiredMethods } = snapshot.context.settings;
	const labels = [
		'verification step 1',
		...(requiredMethods === 2 ? ['verification step 2'] : []),
		snapshot.context.goal === 'unlock' ? 'unlock your account' : 'choose a new password',
	];
	const position = snapshot.matches('verifyFirst')
		? 0
		: snapshot.matches('verifySecond')
			? 1
			: snapshot.matches('newPassword')
				? labels.length - 1
				: snapshot.matches('done') || snapshot.matches('unlocked')
					? labels.length
					: -1;
	if (position < 0) return [];
	return labels.map((label, index) => ({
		label,
		status: index < position ? 'done' : index === position ? 'current' : 'todo',
	}));
}
