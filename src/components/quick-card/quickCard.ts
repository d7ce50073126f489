/**
 * The after-reset tree cut down to fit a printed card: each question with its short answers,
 * and at each end the one thing to do. Read from the after-reset machine, never retyped.
 */
import {
	metaOf,
	targetOf,
	type AfterResetMachine,
	type AfterResetStateName,
} from '../../machines/afterReset';
import type { Afterwards, RichText } from '../../machines/afterResetContent';

export type ShortNode = ShortQuestion | ShortEnd;

export interface ShortQuestion {
	kind: 'question';
	state: AfterResetStateName;
	title: string;
	answers: { label: string; then: ShortNode }[];
}

export interface ShortEnd {
	kind: 'help' | 'outcome';
	state: AfterResetStateName;
	/** What to do. For a detour, its first step, which says how to tell (the key instruction alone does not). */
	instruction: RichText;
	/** The title of an outcome's warning, the one thing not to get wrong. */
	caution?: string;
}

/** The tree from the first question, following each answer in the order the question lists them. */
export function shortTree(machine: AfterResetMachine): ShortNode {
	const visit = (state: AfterResetStateName, seen: readonly AfterResetStateName[]): ShortNode => {
		if (seen.includes(state)) throw new Error(`The after-reset tree goes round in a circle at "${state}".`);
		const meta = metaOf(machine, state);
		if (meta.kind === 'question') {
			return {
				kind: 'question',
				state,
				title: meta.title,
				answers: meta.choices.map((choice) => ({
					label: choice.shortLabel,
					then: visit(targetOf(machine, state, choice.event), [...seen, state]),
				})),
			};
		}
		if (meta.kind === 'help')
			return { kind: 'help', state, instruction: meta.steps[0] ?? meta.keyInstruction };
		return {
			kind: 'outcome',
			state,
			instruction: meta.keyInstruction,
			...(meta.caution ? { caution: meta.caution.title } : {}),
		};
	};
	return visit(machine.config.initial as AfterResetStateName, []);
}

/** What every outcome says to do next (they share it): the other places that need the new password. */
export function afterwardsOf(machine: AfterResetMachine): Afterwards {
	const state = Object.keys(machine.root.states).find((name) => {
		return metaOf(machine, name as AfterResetStateName).kind === 'outcome';
	}) as AfterResetStateName | undefined;
	const meta = state && metaOf(machine, state);
	if (!meta || meta.kind !== 'outcome') throw new Error('The after-reset machine has no outcome.');
	return meta.afterwards;
}
