import type { OrganizationConfig } from '../config/schema';

export type PasswordPolicy = OrganizationConfig['passwordPolicy'];

/** Microsoft Entra's own defaults, for when no organization policy applies. */
export const defaultPasswordPolicy: PasswordPolicy = {
	minLength: 8,
	maxLength: 256,
	requiredCharacterClasses: 3,
	checkBannedPasswords: true,
	bannedTerms: [],
};

export type PasswordRule =
	'empty' | 'tooShort' | 'tooLong' | 'characterClasses' | 'disallowedCharacter' | 'banned' | 'mismatch';

export type PasswordField = 'password' | 'confirmation';

export interface PasswordFailure {
	rule: PasswordRule;
	field: PasswordField;
	message: string;
}

export type PasswordCheckResult = { ok: true } | { ok: false; failures: PasswordFailure[] };

export interface PasswordContext {
	policy: PasswordPolicy;
	organizationName: string;
	/** The sign-in name or email address; its name parts count as banned terms. */
	userName?: string;
}

export interface NewPasswordInput extends PasswordContext {
	password: string;
	confirmation: string;
}

export type CharacterClass = 'lowerCase' | 'upperCase' | 'digit' | 'symbol';

/** The symbols Microsoft Entra accepts. A space is also accepted but is not counted as a symbol. */
export const allowedSymbols = '@#$%^&*-_!+=[]{}|\\:\',.?/`~"();<>';

export const bannedPasswordMessage =
	'Unfortunately, your password contains a word, phrase, or pattern that makes your password easily guessable. Please try again with a different password.';

/** Microsoft's rule: a password passes the banned-password check with at least this many points. */
export const minimumBannedPasswordScore = 5;

/**
 * A small stand-in for Microsoft's global banned-password list, which is not published. Each term is at
 * least four characters, so fuzzy matching cannot turn it into a match for ordinary fragments.
 */
export const globalBannedTerms: readonly string[] = [
	'password',
	'qwerty',
	'letmein',
	'welcome',
	'admin',
	'iloveyou',
	'monkey',
	'dragon',
	'football',
	'baseball',
	'sunshine',
	'princess',
	'shadow',
	'master',
	'superman',
	'starwars',
	'trustno1',
	'secret',
	'login',
	'hello',
	'summer',
	'winter',
	'spring',
	'autumn',
	'123456',
];

const characterClassNames: Record<CharacterClass, string> = {
	lowerCase: 'lower-case letters',
	upperCase: 'capital letters',
	digit: 'numbers',
	symbol: 'symbols',
};

function characterClassOf(character: string): CharacterClass | 'space' | undefined {
	if (/^[a-z]$/.test(character)) return 'lowerCase';
	if (/^[A-Z]$/.test(character)) return 'upperCase';
	if (/^[0-9]$/.test(character)) return 'digit';
	if (character === ' ') return 'space';
	if (allowedSymbols.includes(character)) return 'symbol';
	return undefined;
}

/** Counted in code points, so one emoji counts as the one character a person sees. */
function characterCount(password: string): number {
	return [...password].length;
}

export function characterClassesIn(password: string): Set<CharacterClass> {
	const classes = new Set<CharacterClass>();
	for (const character of password) {
		const characterClass = characterClassOf(character);
		if (characterClass !== undefined && characterClass !== 'space') classes.add(characterClass);
	}
	return classes;
}

/** Each character the portal refuses, once, in the order typed. */
export function findDisallowedCharacters(password: string): string[] {
	const disallowed = new Set<string>();
	for (const character of password) {
		if (characterClassOf(character) === undefined) disallowed.add(character);
	}
	return [...disallowed];
}

function describeCharacter(character: string): string {
	// Tabs, line breaks and other invisible characters would show as nothing between quotes.
	if (/^[\p{C}\p{Z}]$/u.test(character)) {
		const codePoint = character.codePointAt(0) ?? 0;
		return `an invisible character (U+${codePoint.toString(16).toUpperCase().padStart(4, '0')})`;
	}
	return `"${character}"`;
}

function joinWithAnd(items: readonly string[]): string {
	if (items.length <= 1) return items.join('');
	return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** The comparison form: lower case, with the four look-alike substitutions Microsoft undoes. */
export function normalizeForBannedCheck(text: string): string {
	return text.toLowerCase().replace(/[01$@]/g, (character) => {
		const substitutes: Record<string, string> = { '0': 'o', '1': 'l', $: 's', '@': 'a' };
		return substitutes[character] ?? character;
	});
}

/** Name parts of a sign-in name: "adele.vance@contoso.com" gives "adele" and "vance". */
export function userNameParts(userName: string): string[] {
	const localPart = userName.split('@')[0] ?? '';
	return localPart
		.toLowerCase()
		.split(/[._\-\d\s+]+/)
		.filter((part) => part.length >= 3);
}

/**
 * Every term the banned-password check looks for: the built-in list, the organization's own list, the
 * organization's name (as one word, and each word of four or more letters), and the user's name parts.
 */
export function bannedTermsFor(context: PasswordContext): string[] {
	const organizationWords = context.organizationName.split(/\s+/).filter((word) => word.length >= 4);
	const terms = [
		...globalBannedTerms,
		...context.policy.bannedTerms,
		context.organizationName.replace(/\s+/g, ''),
		...organizationWords,
		...userNameParts(context.userName ?? ''),
	]
		.map(normalizeForBannedCheck)
		// Shorter terms would match by accident in almost any password.
		.filter((term) => term.length >= 3);
	return [...new Set(terms)];
}

/** True when one substitution, insertion or deletion (or none) turns `window` into `term`. */
export function isWithinOneEdit(window: string, term: string): boolean {
	if (Math.abs(window.length - term.length) > 1) return false;
	const [shorter, longer] = window.length <= term.length ? [window, term] : [term, window];
	let shorterIndex = 0;
	let longerIndex = 0;
	let edits = 0;
	while (shorterIndex < shorter.length && longerIndex < longer.length) {
		if (shorter[shorterIndex] === longer[longerIndex]) {
			shorterIndex++;
			longerIndex++;
			continue;
		}
		edits++;
		if (edits > 1) return false;
		if (shorter.length === longer.length) shorterIndex++;
		longerIndex++;
	}
	return edits + (longer.length - longerIndex) <= 1;
}

interface BannedMatch {
	segmentIndex: number;
	start: number;
	length: number;
	distance: 0 | 1;
	term: string;
}

/** Exact matches beat fuzzy ones, then longer spans, then earlier ones. */
function isBetterMatch(candidate: BannedMatch, best: BannedMatch | undefined): boolean {
	if (best === undefined) return true;
	if (candidate.distance !== best.distance) return candidate.distance < best.distance;
	if (candidate.length !== best.length) return candidate.length > best.length;
	if (candidate.segmentIndex !== best.segmentIndex) return candidate.segmentIndex < best.segmentIndex;
	return candidate.start < best.start;
}

function findBestMatch(segments: readonly string[], terms: readonly string[]): BannedMatch | undefined {
	let best: BannedMatch | undefined;
	segments.forEach((segment, segmentIndex) => {
		for (const term of terms) {
			const exactStart = segment.indexOf(term);
			if (exactStart >= 0) {
				const exact: BannedMatch = {
					segmentIndex,
					start: exactStart,
					length: term.length,
					distance: 0,
					term,
				};
				if (isBetterMatch(exact, best)) best = exact;
			}
			// A three-letter term with one edit allowed would match nearly any pair of letters.
			if (term.length < 4) continue;
			for (const length of [term.length + 1, term.length, term.length - 1]) {
				for (let start = 0; start + length <= segment.length; start++) {
					const window = segment.slice(start, start + length);
					if (window === term || !isWithinOneEdit(window, term)) continue;
					const fuzzy: BannedMatch = { segmentIndex, start, length, distance: 1, term };
					if (isBetterMatch(fuzzy, best)) best = fuzzy;
				}
			}
		}
	});
	return best;
}

export interface BannedPasswordScore {
	score: number;
	matchedTerms: string[];
}

/**
 * Microsoft's scoring: each banned term found scores one point and is removed; each character left scores
 * one point. Terms are found greedily, one at a time: exact matches first, then matches within one edit;
 * among equals the longest span, then the earliest. A removed span splits the password, so no later match
 * can join the characters on either side of it.
 */
export function scoreBannedPassword(password: string, terms: readonly string[]): BannedPasswordScore {
	let segments = [normalizeForBannedCheck(password)];
	const matchedTerms: string[] = [];
	for (let match = findBestMatch(segments, terms); match; match = findBestMatch(segments, terms)) {
		const { segmentIndex, start, length } = match;
		const segment = segments[segmentIndex] ?? '';
		const remainder = [segment.slice(0, start), segment.slice(start + length)].filter((part) => part !== '');
		segments = [...segments.slice(0, segmentIndex), ...remainder, ...segments.slice(segmentIndex + 1)];
		matchedTerms.push(match.term);
	}
	const remainingCharacters = segments.reduce((count, segment) => count + characterCount(segment), 0);
	return { score: matchedTerms.length + remainingCharacters, matchedTerms };
}

export function isBannedPassword(password: string, context: PasswordContext): boolean {
	return scoreBannedPassword(password, bannedTermsFor(context)).score < minimumBannedPasswordScore;
}

/** The policy in one plain sentence, for the hint under the new password field. */
export function describePasswordPolicy(policy: PasswordPolicy): string {
	return `Use ${policy.minLength} to ${policy.maxLength} characters. ${describeRequiredClasses(policy.requiredCharacterClasses)}`;
}

function describeRequiredClasses(required: number): string {
	const names = Object.values(characterClassNames).join(', ');
	return required >= 4 ? `Use all four of these: ${names}.` : `Use at least three of these: ${names}.`;
}

/** The failures of the password itself, most useful to fix first: a refused character can't stay anyway. */
function passwordFailures(password: string, context: PasswordContext): PasswordFailure[] {
	const { policy } = context;
	if (password === '') return [{ rule: 'empty', field: 'password', message: 'Type a new password.' }];

	const failures: PasswordFailure[] = [];
	const disallowed = findDisallowedCharacters(password);
	if (disallowed.length > 0) {
		const named = joinWithAnd(disallowed.map(describeCharacter));
		failures.push({
			rule: 'disallowedCharacter',
			field: 'password',
			message: `Remove ${named}: the portal doesn't accept ${disallowed.length === 1 ? 'it' : 'them'}. Use letters A to Z without accents, numbers, spaces and common symbols such as ! ? # @ -`,
		});
	}
	const length = characterCount(password);
	if (length < policy.minLength) {
		failures.push({
			rule: 'tooShort',
			field: 'password',
			message: `Use at least ${policy.minLength} characters. This one has ${length}.`,
		});
	}
	if (length > policy.maxLength) {
		failures.push({
			rule: 'tooLong',
			field: 'password',
			message: `Use no more than ${policy.maxLength} characters. This one has ${length}.`,
		});
	}
	if (characterClassesIn(password).size < policy.requiredCharacterClasses) {
		failures.push({
			rule: 'characterClasses',
			field: 'password',
			message: describeRequiredClasses(policy.requiredCharacterClasses),
		});
	}
	if (policy.checkBannedPasswords && isBannedPassword(password, context)) {
		failures.push({ rule: 'banned', field: 'password', message: bannedPasswordMessage });
	}
	return failures;
}

function confirmationFailures(password: string, confirmation: string): PasswordFailure[] {
	if (password === '') return [];
	if (confirmation === '') {
		return [
			{ rule: 'empty', field: 'confirmation', message: 'Type the same new password again to confirm it.' },
		];
	}
	if (confirmation !== password) {
		return [
			{
				rule: 'mismatch',
				field: 'confirmation',
				message: "The two passwords don't match. Type the same new password in both boxes.",
			},
		];
	}
	return [];
}

export function checkNewPassword(input: NewPasswordInput): PasswordCheckResult {
	const failures = [
		...passwordFailures(input.password, input),
		...confirmationFailures(input.password, input.confirmation),
	];
	return failures.length === 0 ? { ok: true } : { ok: false, failures };
}

export type PasswordStrengthLevel = 0 | 1 | 2 | 3 | 4;
export type PasswordStrengthLabel = 'Too short' | 'Weak' | 'Fair' | 'Good' | 'Strong';

export interface PasswordStrength {
	level: PasswordStrengthLevel;
	label: PasswordStrengthLabel;
}

const strengthLabels: Record<PasswordStrengthLevel, PasswordStrengthLabel> = {
	0: 'Too short',
	1: 'Weak',
	2: 'Fair',
	3: 'Good',
	4: 'Strong',
};

/**
 * The strength meter beside the new-password box. It never praises a password the portal would refuse:
 * anything breaking a rule is at most Weak. Accepted passwords grow with length and variety.
 */
export function passwordStrength(password: string, context: PasswordContext): PasswordStrength {
	const level = strengthLevel(password, context);
	return { level, label: strengthLabels[level] };
}

function strengthLevel(password: string, context: PasswordContext): PasswordStrengthLevel {
	const failures = passwordFailures(password, context);
	if (failures.some((failure) => failure.rule === 'empty' || failure.rule === 'tooShort')) return 0;
	if (failures.length > 0) return 1;
	const length = characterCount(password);
	const allClasses = characterClassesIn(password).size === 4;
	if (length >= 16 || (length >= 12 && allClasses)) return 4;
	if (length >= 12 || allClasses) return 3;
	return 2;
}
