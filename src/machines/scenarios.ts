/**
 * Practice scenarios (`?scenario=`): which methods the practice account has and what the
 * organization requires, so people can practise the cases they may meet.
 */
import type { OrganizationConfig, VerificationMethodId } from '../config/schema';
import { portalMethodOrder, verificationMethods } from './portal';

export const scenarioIds = ['default', 'two-methods', 'not-registered', 'unlock', 'all-methods'] as const;
export type ScenarioId = (typeof scenarioIds)[number];

export interface SimulatorSettings {
	scenario: ScenarioId;
	/** The methods the practice account registered and the organization allows. */
	methods: VerificationMethodId[];
	/** How many verification steps a reset needs. */
	requiredMethods: 1 | 2;
	/** False: the portal can't verify the account (nothing registered). */
	registered: boolean;
	/** True: the portal first asks "Why are you having trouble signing in?" (unlock allowed). */
	offerUnlock: boolean;
}

export interface Scenario {
	id: ScenarioId;
	title: string;
	/** One sentence for the scenario picker and the trainers' table. */
	description: string;
}

export const scenarios: Record<ScenarioId, Scenario> = {
	default: {
		id: 'default',
		title: 'A normal reset',
		description: 'The account has a mobile phone and an authenticator app; one check is enough.',
	},
	'two-methods': {
		id: 'two-methods',
		title: 'Two checks required',
		description: 'The organization asks for two different methods, as it does for administrators.',
	},
	'not-registered': {
		id: 'not-registered',
		title: 'Never registered',
		description: 'The account has no phone or app on file, so the portal cannot verify it.',
	},
	unlock: {
		id: 'unlock',
		title: 'Locked out, password known',
		description:
			'The portal asks why you are having trouble and can unlock the account without a new password.',
	},
	'all-methods': {
		id: 'all-methods',
		title: 'Every method, two checks',
		description:
			'Every method the portal can offer (email, text, calls, security questions, the app), and two checks, as for an administrator.',
	},
};

export function isScenarioId(value: unknown): value is ScenarioId {
	return typeof value === 'string' && (scenarioIds as readonly string[]).includes(value);
}

/** The settings a scenario gives, starting from the organization's own configuration. */
export function settingsFor(
	scenario: ScenarioId,
	verification: OrganizationConfig['verification'],
): SimulatorSettings {
	const base: SimulatorSettings = {
		scenario,
		methods: [...verification.methods],
		requiredMethods: verification.required,
		registered: true,
		offerUnlock: false,
	};
	switch (scenario) {
		case 'default':
			return base;
		case 'two-methods': {
			// Two checks need two different devices; add one when the organization's methods share a device.
			const devices = new Set(base.methods.map((id) => verificationMethods[id].device));
			const extra: VerificationMethodId = devices.has('authenticatorApp') ? 'text' : 'authenticatorCode';
			const methods = devices.size >= 2 ? base.methods : [...base.methods, extra];
			return { ...base, methods, requiredMethods: 2 };
		}
		case 'not-registered':
			return { ...base, registered: false };
		case 'unlock':
			return { ...base, offerUnlock: true };
		case 'all-methods':
			return { ...base, methods: [...portalMethodOrder], requiredMethods: 2 };
	}
}
