/**
 * Every word of the "after the reset" decision tree, as structured data.
 *
 * The machine in `afterReset.ts` attaches these as each state's `meta`; the wizard, the
 * no-JavaScript text, the diagram and the tests all read them from there. Texts marked
 * `RichText` may contain `**strong**` and `` `code` `` (see `richText.ts`), nothing else.
 * Facts come from `sspr-portal.md` §4; organization facts come from the config.
 */
import type { OrganizationConfig } from '../config/schema';

/** The wizard's landmark name, for screen readers; the tests find the wizard by it. */
export const wizardLabel = 'Find what to do on your computer';

/** A sentence that may contain `**strong**` and `` `code` ``. */
export type RichText = string;

/** The organization facts the tree needs. The island receives only these, never the whole config. */
export interface AfterResetFacts {
	/** The VPN app's name, e.g. "Contoso VPN". */
	vpnClientName: OrganizationConfig['vpnClientName'];
	/** Who to ask when the reader cannot tell which computer they have. */
	helpdesk: Pick<OrganizationConfig['helpdesk'], 'name' | 'phone'>;
}

/** Picks the facts the tree needs from the organization config. */
export function afterResetFacts(
	config: Pick<OrganizationConfig, 'vpnClientName' | 'helpdesk'>,
): AfterResetFacts {
	return {
		vpnClientName: config.vpnClientName,
		helpdesk: { name: config.helpdesk.name, phone: config.helpdesk.phone },
	};
}

/** The answers a reader can give. The event names are the machine's; see `afterReset.ts`. */
export const answerEvents = [
	'computer.domain',
	'computer.notDomain',
	'computer.unsure',
	'network.connected',
	'network.away',
	'vpn.yes',
	'vpn.no',
] as const;
export type AnswerEventType = (typeof answerEvents)[number];

export interface Choice {
	/** The event this answer sends. */
	event: AnswerEventType;
	/** The answer, in the reader's words. */
	label: string;
	/** One sentence that helps the reader recognize their case. */
	hint: string;
	/** A few words for the diagram's arrow. */
	shortLabel: string;
}

interface StateMetaBase {
	/** Stable, URL-safe; the static text's heading id is `${kind}-${id}`. */
	id: string;
	/** The heading. */
	title: string;
	/** A few words for the diagram's box. */
	shortTitle: string;
}

export interface QuestionMeta extends StateMetaBase {
	kind: 'question';
	/** Shown under the question, before the answers. */
	intro?: RichText;
	choices: readonly Choice[];
}

/** A page that explains something, then sends the reader back to a question. */
export interface HelpMeta extends StateMetaBase {
	kind: 'help';
	/** The one thing to do; tests look for it. */
	keyInstruction: string;
	steps: readonly RichText[];
	/** The label of the control that goes back to the question. */
	backLabel: string;
}

/** The other places that need the new password, and the Windows Hello note. Every outcome ends with it. */
export interface Afterwards {
	title: string;
	intro: RichText;
	places: readonly string[];
	phoneNote: RichText;
	windowsHelloTitle: string;
	windowsHello: RichText;
}

export interface OutcomeMeta extends StateMetaBase {
	kind: 'outcome';
	/** The one thing to do, shown first; tests look for it. */
	keyInstruction: string;
	steps: readonly RichText[];
	/** A warning shown after the steps. */
	caution?: { title: string; body: RichText };
	/** A sentence after the steps, e.g. "That's it". */
	closing?: RichText;
	afterwards: Afterwards;
}

export type AfterResetMeta = QuestionMeta | HelpMeta | OutcomeMeta;

/** The texts of every state, keyed by the machine's state names. */
export function afterResetContent({ vpnClientName: vpn, helpdesk }: AfterResetFacts) {
	const afterwards: Afterwards = {
		title: 'Then, everywhere else',
		intro: 'These will ask for your **new** password. Type it when they ask:',
		places: ['Email on your phone', 'Outlook', 'Teams', 'OneDrive', `${vpn}`],
		phoneNote:
			'On some phones the email app keeps failing: remove your work account from it and add it again.',
		windowsHelloTitle: 'If you use a PIN, fingerprint or face to sign in to Windows',
		windowsHello:
			'Keep using it (that is Windows Hello). On some computers the PIN asks for your **new** password once, then works as before.',
	};

	const lock = 'Lock the computer: press the **Windows key + L** (or **Ctrl + Alt + Del**, then **Lock**).';

	return {
		whichComputer: {
			kind: 'question',
			id: 'which-computer',
			title: 'Which computer are you signing in to?',
			shortTitle: 'Which computer?',
			intro: 'Choose the computer you want to sign in to now.',
			choices: [
				{
					event: 'computer.domain',
					label: 'A work computer that signs in to the company network',
					hint: 'A laptop or desktop from IT. The sign-in screen may show your name as DOMAIN\\yourname.',
					shortLabel: 'Work computer on the domain',
				},
				{
					event: 'computer.notDomain',
					label: 'My own computer, or a work computer that is not on the company network',
					hint: 'A home computer, a Mac, or a work PC that IT set up for cloud sign-in with your email address.',
					shortLabel: 'Personal or cloud-only',
				},
				{
					event: 'computer.unsure',
					label: "I'm not sure",
					hint: 'We will show you how to check. It takes a minute.',
					shortLabel: 'Not sure',
				},
			],
		},
		howToTell: {
			kind: 'help',
			id: 'how-to-tell',
			title: 'How to tell if your computer is on the company domain',
			shortTitle: 'How to tell',
			keyInstruction: 'Look at how the sign-in screen shows your name.',
			steps: [
				'**Look at how the sign-in screen shows your name.** If it is two parts with a backslash between them, such as `DOMAIN\\yourname`, the computer is on the company domain.',
				'**Or check the settings.** On Windows, open **Settings** > **Accounts** > **Access work or school**. If a line says the computer is connected to an **AD domain**, it is on the company domain.',
				`**Still not sure?** Ask the ${helpdesk.name} on ${helpdesk.phone}.`,
			],
			backLabel: 'Back to the question',
		},
		whereIsComputer: {
			kind: 'question',
			id: 'where-is-computer',
			title: 'Is the computer connected to the company network right now?',
			shortTitle: 'On the company network?',
			intro: 'A work computer learns your new password only while it can reach the company network.',
			choices: [
				{
					event: 'network.connected',
					label: `Yes: I'm at the office, or already connected to ${vpn}`,
					hint: `On the office network or Wi-Fi, or ${vpn} says it is connected.`,
					shortLabel: 'At the office or on VPN',
				},
				{
					event: 'network.away',
					label: 'No: I am away from the office',
					hint: `At home, travelling or anywhere else, and ${vpn} is not connected.`,
					shortLabel: 'Away from the office',
				},
			],
		},
		hasVpn: {
			kind: 'question',
			id: 'has-vpn',
			title: `Can you connect to ${vpn} from this computer?`,
			shortTitle: `Can you use ${vpn}?`,
			intro: `${vpn} lets the computer reach the company network from anywhere.`,
			choices: [
				{
					event: 'vpn.yes',
					label: `Yes, ${vpn} is on this computer`,
					hint: 'You have connected with it before.',
					shortLabel: 'Has the VPN',
				},
				{
					event: 'vpn.no',
					label: "No, or it won't connect",
					hint: `The computer doesn't have ${vpn}, or it can't connect right now.`,
					shortLabel: 'No VPN',
				},
			],
		},
		onNetwork: {
			kind: 'outcome',
			id: 'on-network',
			title: 'A work computer on the company network',
			shortTitle: 'Lock, unlock with new password',
			keyInstruction: 'Lock the computer, then unlock it with your new password.',
			steps: [lock, 'Unlock it with your **new** password.'],
			closing: "That's it: the computer now remembers your new password.",
			afterwards,
		},
		awayWithVpn: {
			kind: 'outcome',
			id: 'away-with-vpn',
			title: `A work computer away from the office, with ${vpn}`,
			shortTitle: 'VPN first, then lock, unlock',
			keyInstruction: `Connect to ${vpn} first, then lock the computer and unlock it with your new password.`,
			steps: [
				'If the computer asks for a password now, use your **old** one.',
				`Connect to **${vpn}**.`,
				lock,
				'Unlock it with your **new** password.',
			],
			caution: {
				title: "Don't sign out or restart before the last step",
				body: 'If you do, only the **old** password works on this computer until it is back on the office network.',
			},
			closing: 'Now the computer remembers your new password.',
			afterwards,
		},
		awayWithoutVpn: {
			kind: 'outcome',
			id: 'away-without-vpn',
			title: `A work computer away from the office, without ${vpn}`,
			shortTitle: 'Keep the old password for now',
			keyInstruction: 'Keep using your old password on this computer until it is back on the office network.',
			steps: [
				'Sign in to this computer with your **old** password. It cannot learn the new one until it reaches the company network.',
				`When you are back at the office (or can connect to ${vpn}), lock the computer with the **Windows key + L** and unlock it with your **new** password.`,
			],
			caution: {
				title: 'Use the new password everywhere else',
				body: 'Only this computer keeps the old password. Email, Teams and websites need the **new** one.',
			},
			afterwards,
		},
		notDomainJoined: {
			kind: 'outcome',
			id: 'not-domain-joined',
			title: 'Your own computer, or one not on the company domain',
			shortTitle: 'Nothing more on the computer',
			keyInstruction: 'Nothing more to do on this computer.',
			steps: [
				'If you sign in to this computer with your work email address, use your **new** password, while it is connected to the internet.',
			],
			afterwards,
		},
	} as const satisfies Record<string, AfterResetMeta>;
}

export type AfterResetContent = ReturnType<typeof afterResetContent>;
