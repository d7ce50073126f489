/**
 * The after-reset wizard's state in the page address, so the helpdesk can send a link to an
 * outcome: `?computer=domain&network=away&vpn=yes`.
 *
 * Reading is strict and never throws: the address must name exactly one state's answers, or the
 * reader starts at the first question. Addresses are typed by hand and pasted from emails, so a
 * typo, a repeated key or a hostile value is expected input, not an error. Other keys (say
 * `utm_source`) are ignored.
 */
import type { AfterResetStateName } from './afterReset';

/** The keys this page reads, and their values. */
export const queryValues = {
	computer: ['domain', 'not-domain', 'unsure'],
	network: ['connected', 'away'],
	vpn: ['yes', 'no'],
} as const;

export type QueryKey = keyof typeof queryValues;
export type AfterResetQuery = { [Key in QueryKey]?: (typeof queryValues)[Key][number] };

/** Each state's answers. A state listed here with `{}` is the first question. */
export const queryOfState = {
	whichComputer: {},
	howToTell: { computer: 'unsure' },
	notDomainJoined: { computer: 'not-domain' },
	whereIsComputer: { computer: 'domain' },
	onNetwork: { computer: 'domain', network: 'connected' },
	hasVpn: { computer: 'domain', network: 'away' },
	awayWithVpn: { computer: 'domain', network: 'away', vpn: 'yes' },
	awayWithoutVpn: { computer: 'domain', network: 'away', vpn: 'no' },
} as const satisfies Record<AfterResetStateName, AfterResetQuery>;

const queryKeys = Object.keys(queryValues) as QueryKey[];
const firstState: AfterResetStateName = 'whichComputer';

/** The address query for a state, e.g. `?computer=domain&network=away`, or `''` for the first question. */
export function searchForState(state: AfterResetStateName): string {
	const query: AfterResetQuery = queryOfState[state];
	const params = new URLSearchParams();
	for (const key of queryKeys) {
		const value = query[key];
		if (value) params.set(key, value);
	}
	const search = params.toString();
	return search ? `?${search}` : '';
}

/**
 * The state an address names. Anything that is not exactly one state's answers (an unknown value,
 * a key given twice, answers that don't go together) gives the first question.
 */
export function stateFromSearch(search: string | URLSearchParams): AfterResetStateName {
	let params: URLSearchParams;
	try {
		params = typeof search === 'string' ? new URLSearchParams(search) : search;
	} catch {
		return firstState;
	}
	const given: Partial<Record<QueryKey, string>> = {};
	for (const key of queryKeys) {
		const values = params.getAll(key);
		if (values.length > 1) return firstState;
		if (values.length === 1) given[key] = values[0];
	}
	const match = (Object.entries(queryOfState) as [AfterResetStateName, AfterResetQuery][]).find(([, query]) =>
		queryKeys.every((key) => given[key] === query[key]),
	);
	return match ? match[0] : firstState;
}

/**
 * The same page address with this state's answers and without any stale ones; other keys
 * and the `#fragment` are kept.
 */
export function addressForState(current: URL, state: AfterResetStateName): string {
	const params = new URLSearchParams(current.search);
	for (const key of queryKeys) params.delete(key);
	for (const [key, value] of new URLSearchParams(searchForState(state))) params.set(key, value);
	const search = params.toString();
	return `${current.pathname}${search ? `?${search}` : ''}${current.hash}`;
}
