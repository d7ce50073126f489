/** The "Who are you?" screen's own checks: the account name and the security answers. */

export type UserNameCheckResult = { ok: true } | { ok: false; message: string };

/** An email address, or a plain username without spaces, as the portal accepts either. */
export function checkUserName(typed: string): UserNameCheckResult {
	const value = typed.trim();
	if (value === '') return { ok: false, message: 'Enter your work email address or username.' };
	if (/\s/.test(value)) return { ok: false, message: 'An email address or username has no spaces in it.' };
	if (value.includes('@') && !/^[^@]+@[^@]+\.[^@]+$/.test(value)) {
		return { ok: false, message: 'Check the email address: it should look like name@example.com.' };
	}
	return { ok: true };
}

/** Security answers match when they differ only in capitals and surrounding spaces. */
export function securityAnswersMatch(expected: readonly string[], typed: readonly string[]): boolean {
	const normalize = (answer: string) => answer.trim().replace(/\s+/g, ' ').toLowerCase();
	return (
		expected.length === typed.length &&
		expected.every((answer, i) => normalize(answer) === normalize(typed[i] ?? ''))
	);
}
