import { describe, expect, it } from 'vitest';
import { org } from '../../config';
import { createAfterResetMachine, metaOf, stateNamesOf } from '../../machines/afterReset';
import { afterResetFacts } from '../../machines/afterResetContent';
import { afterwardsOf, shortTree, type ShortNode } from './quickCard';

const machine = createAfterResetMachine(afterResetFacts(org));

function statesIn(node: ShortNode): string[] {
	return node.kind === 'question'
		? [node.state, ...node.answers.flatMap((answer) => statesIn(answer.then))]
		: [node.state];
}

describe('the quick card’s after-reset tree', () => {
	const tree = shortTree(machine);

	it('reaches every state of the machine exactly once', () => {
		expect(statesIn(tree).toSorted()).toEqual(stateNamesOf(machine).toSorted());
	});

	it('starts with the first question and its answers in order', () => {
		const first = metaOf(machine, 'whichComputer');
		if (first.kind !== 'question' || tree.kind !== 'question') throw new Error('expected a question');
		expect(tree.title).toBe(first.title);
		expect(tree.answers.map((answer) => answer.label)).toEqual(first.choices.map((c) => c.shortLabel));
	});

	it('ends each branch with its key instruction and keeps the warning about restarting', () => {
		const outcomes = JSON.stringify(tree);
		expect(outcomes).toContain(
			'Connect to Contoso VPN first, then lock the computer and unlock it with your new password.',
		);
		expect(outcomes).toContain("Don't sign out or restart before the last step");
	});

	it('explains how to tell the domain from the sign-in screen, not only where to look', () => {
		expect(JSON.stringify(tree)).toContain('DOMAIN\\\\yourname');
	});

	it('lists the other places that need the new password', () => {
		expect(afterwardsOf(machine).places).toContain('Teams');
	});
});
