import { describe, expect, it } from 'vitest';
import { organization } from '../config/organization';
import { createAfterResetMachine, stateNamesOf } from './afterReset';
import { afterResetFacts } from './afterResetContent';
import { addressForState, searchForState, stateFromSearch } from './afterResetQuery';

const machine = createAfterResetMachine(afterResetFacts(organization));

describe('after-reset address', () => {
	it('writes each outcome as the answers that lead to it', () => {
		expect(searchForState('whichComputer')).toBe('');
		expect(searchForState('howToTell')).toBe('?computer=unsure');
		expect(searchForState('notDomainJoined')).toBe('?computer=not-domain');
		expect(searchForState('onNetwork')).toBe('?computer=domain&network=connected');
		expect(searchForState('awayWithVpn')).toBe('?computer=domain&network=away&vpn=yes');
		expect(searchForState('awayWithoutVpn')).toBe('?computer=domain&network=away&vpn=no');
	});

	it('reads back every state of the machine from its own address', () => {
		for (const state of stateNamesOf(machine)) expect(stateFromSearch(searchForState(state))).toBe(state);
	});

	it('gives every state a different address', () => {
		const searches = stateNamesOf(machine).map(searchForState);
		expect(new Set(searches).size).toBe(searches.length);
	});

	it('ignores keys it does not know and the order of the keys', () => {
		expect(stateFromSearch('?utm_source=email&vpn=no&network=away&computer=domain')).toBe('awayWithoutVpn');
	});

	it.each([
		'',
		'?',
		'?computer=Domain',
		'?computer=laptop',
		'?computer=domain&network=moon',
		'?computer=not-domain&network=away',
		'?network=away&vpn=yes',
		'?computer=domain&computer=unsure',
		'?computer=domain&network=connected&vpn=yes',
		'?computer=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
		'?computer=__proto__',
		'?constructor=domain',
		'?computer=%E0%A4%A',
		`?computer=${'a'.repeat(10_000)}`,
	])('starts at the first question for %s', (search) => {
		expect(stateFromSearch(search)).toBe('whichComputer');
	});

	it('replaces stale answers in the address and keeps the rest', () => {
		const current = new URL(
			'https://example.com/help/after-reset/?computer=domain&network=away&vpn=no&lang=en#top',
		);
		expect(addressForState(current, 'notDomainJoined')).toBe(
			'/help/after-reset/?lang=en&computer=not-domain#top',
		);
		expect(addressForState(new URL('https://example.com/after-reset/?vpn=no'), 'whichComputer')).toBe(
			'/after-reset/',
		);
	});
});
