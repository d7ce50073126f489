import { describe, expect, it } from 'vitest';
import { org } from '../../config';
import { createAfterResetMachine, metaOf, stateNamesOf } from '../../machines/afterReset';
import { afterResetFacts } from '../../machines/afterResetContent';
import { stateFromSearch } from '../../machines/afterResetQuery';
import { readSimulatorQuery, screens } from '../../machines/screens';
import { scenarioIds } from '../../machines/scenarios';
import { absoluteAddress, afterResetOutcomeLinks, onboardingPages, scenarioPath, screenPath } from './links';

const searchOf = (path: string) => new URL(path, 'https://example.com').search;

describe('practice links', () => {
	it('links the first screen without a scenario', () => {
		expect(screenPath('who-are-you')).toBe('/practice/?screen=who-are-you');
	});

	it('names the scenario a screen needs, such as the second check', () => {
		expect(screenPath('second-method')).toBe('/practice/?screen=second-method&scenario=two-methods');
	});

	it.each(screens.map((screen) => screen.screen))('opens %s when the simulator reads its link', (id) => {
		expect(readSimulatorQuery(searchOf(screenPath(id))).screen).toBe(id);
	});

	it.each(scenarioIds)('opens the %s scenario when the simulator reads its link', (id) => {
		expect(readSimulatorQuery(searchOf(scenarioPath(id))).scenario).toBe(id);
	});

	it('refuses a screen that does not exist and lists the ones that do', () => {
		expect(() => screenPath('welcome')).toThrow(/no screen "welcome"[\s\S]*who-are-you, /);
	});
});

describe('addresses for emails', () => {
	it('puts the published origin in front of a path at the root', () => {
		expect(absoluteAddress('/practice/', 'https://password-help.contoso.com', '/')).toBe(
			'https://password-help.contoso.com/practice/',
		);
	});

	it('keeps the sub-path the site is built for', () => {
		expect(absoluteAddress('/', 'https://intranet.contoso.com', '/it/password-help/')).toBe(
			'https://intranet.contoso.com/it/password-help/',
		);
		expect(
			absoluteAddress(
				'/after-reset/?computer=not-domain',
				'https://intranet.contoso.com/',
				'/it/password-help',
			),
		).toBe('https://intranet.contoso.com/it/password-help/after-reset/?computer=not-domain');
	});

	it('offers each guide page once', () => {
		const paths = onboardingPages.map((page) => page.path);
		expect(new Set(paths).size).toBe(paths.length);
		expect(paths).toEqual(expect.arrayContaining(['/', '/reset-password/', '/after-reset/', '/practice/']));
	});
});

describe('after-reset outcome links', () => {
	const machine = createAfterResetMachine(afterResetFacts(org));
	const links = afterResetOutcomeLinks(machine);
	const outcomes = stateNamesOf(machine).filter((state) => metaOf(machine, state).kind === 'outcome');

	it('gives one link for each outcome of the tree', () => {
		expect(links).toHaveLength(outcomes.length);
	});

	it('opens, for each link, the outcome it is named after', () => {
		for (const link of links) {
			const state = stateFromSearch(searchOf(link.path));
			expect(metaOf(machine, state).title).toBe(link.title);
		}
	});
});
