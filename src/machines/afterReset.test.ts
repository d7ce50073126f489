import { createActor } from 'xstate';
import { getSimplePaths } from 'xstate/graph';
import { describe, expect, it } from 'vitest';
import { organization } from '../config/organization';
import {
	anchorOf,
	createAfterResetMachine,
	metaOf,
	stateNamesOf,
	transitionsOf,
	treeOf,
	type AfterResetEvent,
	type AfterResetStateName,
} from './afterReset';
import { afterResetFacts, answerEvents } from './afterResetContent';

const machine = createAfterResetMachine(afterResetFacts(organization));

/** Where a reader ends up after these events from the first question. */
function stateAfter(...events: AfterResetEvent['type'][]): AfterResetStateName {
	const actor = createActor(machine).start();
	for (const type of events) actor.send({ type });
	return actor.getSnapshot().value as AfterResetStateName;
}

describe('after-reset machine', () => {
	it('starts by asking which computer the reader is signing in to', () => {
		expect(stateAfter()).toBe('whichComputer');
		expect(metaOf(machine, 'whichComputer').kind).toBe('question');
	});

	it.each([
		[['computer.domain', 'network.connected'], 'onNetwork'],
		[['computer.domain', 'network.away', 'vpn.yes'], 'awayWithVpn'],
		[['computer.domain', 'network.away', 'vpn.no'], 'awayWithoutVpn'],
		[['computer.notDomain'], 'notDomainJoined'],
	] as const)('answers %j lead to the outcome %s', (events, outcome) => {
		expect(stateAfter(...events)).toBe(outcome);
		expect(metaOf(machine, outcome).kind).toBe('outcome');
	});

	it('sends an unsure reader to how-to-tell, and from there back to the same question', () => {
		expect(stateAfter('computer.unsure')).toBe('howToTell');
		expect(stateAfter('computer.unsure', 'wizard.back')).toBe('whichComputer');
	});

	it('goes back one question at a time and starts again from anywhere', () => {
		const answers = ['computer.domain', 'network.away', 'vpn.no'] as const;
		expect(stateAfter(...answers, 'wizard.back')).toBe('hasVpn');
		expect(stateAfter(...answers, 'wizard.back', 'wizard.back')).toBe('whereIsComputer');
		expect(stateAfter(...answers, 'wizard.back', 'wizard.back', 'wizard.back')).toBe('whichComputer');
		expect(stateAfter(...answers, 'wizard.restart')).toBe('whichComputer');
	});

	it('offers no back or restart on the first question', () => {
		const snapshot = createActor(machine).start().getSnapshot();
		expect(snapshot.can({ type: 'wizard.back' })).toBe(false);
		expect(snapshot.can({ type: 'wizard.restart' })).toBe(false);
	});

	it('ignores an answer that does not belong to the current question', () => {
		expect(stateAfter('vpn.yes')).toBe('whichComputer');
		expect(stateAfter('computer.domain', 'computer.notDomain')).toBe('whereIsComputer');
	});

	it('lists, in each question, exactly the answers the machine accepts', () => {
		for (const state of stateNamesOf(machine)) {
			const meta = metaOf(machine, state);
			const answers = transitionsOf(machine, state)
				.map((t) => t.event)
				.filter((event) => (answerEvents as readonly string[]).includes(event));
			const listed = meta.kind === 'question' ? meta.choices.map((choice) => choice.event) : [];
			expect(listed.toSorted(), state).toEqual(answers.toSorted());
		}
	});

	it('reaches every state, and every outcome by exactly one path of answers', () => {
		const paths = getSimplePaths(machine);
		const reached = new Set(paths.map((path) => path.state.value));
		expect([...reached].toSorted()).toEqual(stateNamesOf(machine).toSorted());
		for (const state of stateNamesOf(machine).filter((s) => metaOf(machine, s).kind === 'outcome')) {
			const toOutcome = paths.filter((path) => path.state.value === state);
			expect(toOutcome, state).toHaveLength(1);
		}
	});

	it('gives every state a unique, URL-safe anchor', () => {
		const anchors = stateNamesOf(machine).map((state) => anchorOf(metaOf(machine, state)));
		expect(new Set(anchors).size).toBe(anchors.length);
		for (const anchor of anchors) expect(anchor).toMatch(/^(question|help|outcome)-[a-z]+(-[a-z]+)*$/);
		expect(anchorOf(metaOf(machine, 'awayWithVpn'))).toBe('outcome-away-with-vpn');
	});

	it('ends every outcome with the other places that need the new password and the Windows Hello note', () => {
		for (const state of stateNamesOf(machine)) {
			const meta = metaOf(machine, state);
			if (meta.kind !== 'outcome') continue;
			expect(meta.afterwards.places, state).toEqual([
				'Email on your phone',
				'Outlook',
				'Teams',
				'OneDrive',
				'Contoso VPN',
			]);
			expect(meta.afterwards.windowsHello, state).toMatch(/Windows Hello/);
		}
	});

	it('tells a reader away with no VPN to keep the old password on that computer', () => {
		const meta = metaOf(machine, 'awayWithoutVpn');
		expect(meta.kind === 'outcome' && meta.keyInstruction).toMatch(/old password on this computer/);
	});

	it('warns a reader away from the office not to sign out before unlocking with the new password', () => {
		const meta = metaOf(machine, 'awayWithVpn');
		expect(meta.kind === 'outcome' && meta.caution?.title).toMatch(/Don't sign out/);
	});

	it('names the VPN app and the helpdesk from the organization config', () => {
		const fabrikam = createAfterResetMachine({
			vpnClientName: 'Fabrikam Connect',
			helpdesk: { name: 'Fabrikam Help', phone: '+44 20 7946 0000' },
		});
		expect(JSON.stringify(metaOf(fabrikam, 'awayWithVpn'))).toContain('Fabrikam Connect');
		expect(JSON.stringify(metaOf(fabrikam, 'awayWithVpn'))).not.toContain('Contoso');
		expect(JSON.stringify(metaOf(fabrikam, 'howToTell'))).toContain('Fabrikam Help on +44 20 7946 0000');
	});

	it('lays the tree out depth-first, with the detour returning to its question', () => {
		expect(treeOf(machine).map((node) => [node.state, node.depth])).toEqual([
			['whichComputer', 0],
			['whereIsComputer', 1],
			['onNetwork', 2],
			['hasVpn', 2],
			['awayWithVpn', 3],
			['awayWithoutVpn', 3],
			['notDomainJoined', 1],
			['howToTell', 1],
		]);
		expect(treeOf(machine).find((node) => node.state === 'howToTell')?.returnsTo).toBe('whichComputer');
	});
});
