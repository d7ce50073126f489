/**
 * "After the reset": which computer, where it is, and what to do to sign in with the new password.
 *
 * The single source for the wizard (`src/components/after-reset/`), the no-JavaScript text, the
 * diagram, the address mapping (`afterResetQuery.ts`) and the generated Playwright paths.
 * States are named after what the reader sees; each state's `meta` holds its words
 * (`afterResetContent.ts`). The tree has no context and no timers, so every graph helper works on it.
 */
import { setup, type SnapshotFrom, type StateValueFrom } from 'xstate';
import {
	afterResetContent,
	type AfterResetFacts,
	type AfterResetMeta,
	type AnswerEventType,
	type Choice,
} from './afterResetContent';

export type AfterResetEvent =
	| { type: AnswerEventType }
	/** Up one level in the tree. */
	| { type: 'wizard.back' }
	/** To the first question. */
	| { type: 'wizard.restart' };

/** Builds the machine with the organization's VPN name and helpdesk in its texts. */
export function createAfterResetMachine(facts: AfterResetFacts) {
	const content = afterResetContent(facts);
	return setup({
		types: {
			events: {} as AfterResetEvent,
			meta: {} as AfterResetMeta,
		},
	}).createMachine({
		id: 'afterReset',
		initial: 'whichComputer',
		states: {
			whichComputer: {
				meta: content.whichComputer,
				on: {
					'computer.domain': 'whereIsComputer',
					'computer.notDomain': 'notDomainJoined',
					'computer.unsure': 'howToTell',
				},
			},
			// A detour, not a branch: it explains, then returns to the question it came from.
			howToTell: {
				meta: content.howToTell,
				on: { 'wizard.back': 'whichComputer' },
			},
			whereIsComputer: {
				meta: content.whereIsComputer,
				on: {
					'network.connected': 'onNetwork',
					'network.away': 'hasVpn',
					'wizard.back': 'whichComputer',
					'wizard.restart': 'whichComputer',
				},
			},
			hasVpn: {
				meta: content.hasVpn,
				on: {
					'vpn.yes': 'awayWithVpn',
					'vpn.no': 'awayWithoutVpn',
					'wizard.back': 'whereIsComputer',
					'wizard.restart': 'whichComputer',
				},
			},
			// Outcomes are not `final`: the reader can still go back or start again.
			onNetwork: {
				meta: content.onNetwork,
				on: { 'wizard.back': 'whereIsComputer', 'wizard.restart': 'whichComputer' },
			},
			awayWithVpn: {
				meta: content.awayWithVpn,
				on: { 'wizard.back': 'hasVpn', 'wizard.restart': 'whichComputer' },
			},
			awayWithoutVpn: {
				meta: content.awayWithoutVpn,
				on: { 'wizard.back': 'hasVpn', 'wizard.restart': 'whichComputer' },
			},
			notDomainJoined: {
				meta: content.notDomainJoined,
				on: { 'wizard.back': 'whichComputer', 'wizard.restart': 'whichComputer' },
			},
		},
	});
}

export type AfterResetMachine = ReturnType<typeof createAfterResetMachine>;
export type AfterResetSnapshot = SnapshotFrom<AfterResetMachine>;
/** A state's name, e.g. `'awayWithVpn'`. The machine is flat, so its state value is one name. */
export type AfterResetStateName = StateValueFrom<AfterResetMachine> & string;

/** The state names, in the machine's own order. */
export function stateNamesOf(machine: AfterResetMachine): AfterResetStateName[] {
	return Object.keys(machine.root.states) as AfterResetStateName[];
}

/** The words of one state. */
export function metaOf(machine: AfterResetMachine, state: AfterResetStateName): AfterResetMeta {
	const meta = machine.root.states[state]?.meta as AfterResetMeta | undefined;
	if (!meta) throw new Error(`The after-reset machine has no state "${state}".`);
	return meta;
}

/** The words of the state a snapshot is in. */
export function metaOfSnapshot(snapshot: AfterResetSnapshot): AfterResetMeta {
	return metaOf(snapshot.machine, snapshot.value as AfterResetStateName);
}

/** The heading id the static text gives a state, e.g. `outcome-away-with-vpn`. */
export function anchorOf(meta: Pick<AfterResetMeta, 'kind' | 'id'>): string {
	return `${meta.kind}-${meta.id}`;
}

/** Where each answer and control of a state leads, read from the machine's transitions. */
export function transitionsOf(
	machine: AfterResetMachine,
	state: AfterResetStateName,
): { event: AfterResetEvent['type']; target: AfterResetStateName }[] {
	const node = machine.root.states[state];
	if (!node) throw new Error(`The after-reset machine has no state "${state}".`);
	return [...node.transitions.entries()].flatMap(([event, definitions]) =>
		definitions.flatMap((definition) =>
			(definition.target ?? []).map((target) => ({
				event: event as AfterResetEvent['type'],
				target: target.key as AfterResetStateName,
			})),
		),
	);
}

/** The state an answer leads to. */
export function targetOf(
	machine: AfterResetMachine,
	state: AfterResetStateName,
	event: AfterResetEvent['type'],
): AfterResetStateName {
	const transition = transitionsOf(machine, state).find((candidate) => candidate.event === event);
	if (!transition) throw new Error(`The after-reset state "${state}" has no "${event}" transition.`);
	return transition.target;
}

/** One state in the tree, as the static text and the diagram lay it out. */
export interface TreeNode {
	state: AfterResetStateName;
	meta: AfterResetMeta;
	/** 0 for the first question. */
	depth: number;
	/** The question this state answers, and the answer that leads here. */
	from?: { state: AfterResetStateName; choice: Choice };
	/** For a detour (kind `help`): the question its back control returns to. */
	returnsTo?: AfterResetStateName;
}

/**
 * The states in reading order: depth-first from the first question, following the answers
 * in the order the question lists them. Back and restart are not branches of the tree.
 */
export function treeOf(machine: AfterResetMachine): TreeNode[] {
	const nodes: TreeNode[] = [];
	const visit = (state: AfterResetStateName, depth: number, from?: TreeNode['from']) => {
		if (nodes.some((node) => node.state === state)) return;
		const meta = metaOf(machine, state);
		const returnsTo =
			meta.kind === 'help'
				? transitionsOf(machine, state).find((t) => t.event === 'wizard.back')?.target
				: undefined;
		nodes.push({ state, meta, depth, from, ...(returnsTo ? { returnsTo } : {}) });
		if (meta.kind !== 'question') return;
		for (const choice of meta.choices) {
			visit(targetOf(machine, state, choice.event), depth + 1, { state, choice });
		}
	};
	visit(machine.config.initial as AfterResetStateName, 0);
	return nodes;
}
