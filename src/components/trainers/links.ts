/**
 * The addresses trainers and onboarding emails use: a practice link for every screen and
 * scenario of the simulator, and the short, stable links of the guide. All of them are read
 * from the machines, so a new screen, scenario or after-reset outcome gets its link without
 * anyone editing a page.
 *
 * Paths here are written from the site's root (`/practice/?screen=done`); components add the
 * base with `withBase` and, for links that leave the site in an email, the config's `siteUrl`.
 */
import { withBase } from '../../integrations/base-path';
import { treeOf, type AfterResetMachine } from '../../machines/afterReset';
import { searchForState } from '../../machines/afterResetQuery';
import { planDeepLink, screenIds } from '../../machines/screens';
import type { ScenarioId } from '../../machines/scenarios';

/**
 * The practice page opened at a screen, e.g. `/practice/?screen=second-method&scenario=two-methods`.
 * The scenario is named only when the screen needs one other than the default, so the link
 * shows the screen the way the machine's deep link plan reaches it.
 */
export function screenPath(screenId: string): string {
	const plan = planDeepLink(screenId);
	if (!plan) throw new Error(`There is no screen "${screenId}". Screens: ${screenIds.join(', ')}.`);
	const params = new URLSearchParams({ screen: screenId });
	if (plan.scenario !== 'default') params.set('scenario', plan.scenario);
	return `/practice/?${params}`;
}

/** The practice page at the start of a scenario, e.g. `/practice/?scenario=unlock`. */
export function scenarioPath(scenario: ScenarioId): string {
	return `/practice/?${new URLSearchParams({ scenario })}`;
}

/**
 * The address as someone outside the site will open it (from an email or a QR code): the
 * published site's origin from the config, the base the site is built for, then the path.
 */
export function absoluteAddress(path: string, siteUrl: string, base: string): string {
	return new URL(withBase(path, base), siteUrl).href;
}

/** A guide page worth sending in an onboarding email. */
export interface OnboardingPage {
	/** The page's id in the `docs` collection; its title is read from the page. */
	slug: string;
	/** From the site's root. */
	path: string;
	/** When to send it, in a few words. */
	when: string;
}

/** The guide's pages worth an email, in the order a new employee needs them. */
export const onboardingPages: readonly OnboardingPage[] = [
	{ slug: 'index', path: '/', when: 'Everything in one place: reset, practise, sign in afterwards.' },
	{
		slug: 'before-you-start',
		path: '/before-you-start/',
		when: 'In the first week: check that a phone or app is registered.',
	},
	{
		slug: 'reset-password',
		path: '/reset-password/',
		when: 'When the password is forgotten or has expired.',
	},
	{ slug: 'practice', path: '/practice/', when: 'To try the reset safely before it is needed.' },
	{ slug: 'after-reset', path: '/after-reset/', when: 'Right after a reset, to sign in on the computer.' },
	{ slug: 'quick-card', path: '/quick-card/', when: 'A one-page card to print and keep by the desk.' },
];

/** A link straight to one answer of the after-reset tree, for the helpdesk or an email. */
export interface OutcomeLink {
	title: string;
	/** From the site's root, with the answers in the query, e.g. `/after-reset/?computer=not-domain`. */
	path: string;
}

/** Every outcome of the after-reset tree, in reading order, with the address that opens it. */
export function afterResetOutcomeLinks(machine: AfterResetMachine): OutcomeLink[] {
	return treeOf(machine)
		.filter((node) => node.meta.kind === 'outcome')
		.map((node) => ({ title: node.meta.title, path: `/after-reset/${searchForState(node.state)}` }));
}
