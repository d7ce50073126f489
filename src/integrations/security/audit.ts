/**
 * Checks a built page against its own `<meta>` Content Security Policy, so that a script
 * or style the browser would block fails the build instead of silently breaking the page.
 */
import { parseCsp } from './policy';
import { sha256 } from './inline-scripts';

/** Script types the browser runs (and CSP checks); data blocks such as JSON are never run. */
const executableScriptTypes = new Set(['', 'text/javascript', 'module', 'importmap']);

function attribute(attributes: string, name: string): string | undefined {
	const match = attributes.match(new RegExp(`(?:^|\\s)${name}(?:=("[^"]*"|'[^']*'|[^\\s>]+))?`, 'i'));
	if (!match) return undefined;
	return (match[1] ?? '').replace(/^["']|["']$/g, '');
}

/** The content of the page's `<meta http-equiv="content-security-policy">`, if it has one. */
export function metaCsp(html: string): string | undefined {
	for (const [, attributes] of html.matchAll(/<meta\b([^>]*)>/gi)) {
		if (attribute(attributes!, 'http-equiv')?.toLowerCase() === 'content-security-policy')
			return attribute(attributes!, 'content')?.replaceAll('&#39;', "'").replaceAll('&quot;', '"');
	}
	return undefined;
}

/** Why each inline script, style or event handler in `html` would be blocked; empty when none would. */
export function cspProblems(html: string): string[] {
	const policy = metaCsp(html);
	if (!policy) return ['has no <meta http-equiv="content-security-policy">'];
	const csp = parseCsp(policy);
	const scriptSources = csp.get('script-src-elem') ?? csp.get('script-src') ?? [];
	const styleSources = csp.get('style-src-elem') ?? csp.get('style-src') ?? [];
	const problems: string[] = [];
	if (scriptSources.includes("'unsafe-inline'")) problems.push("allows 'unsafe-inline' scripts");

	for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
		if (attribute(attributes!, 'src') !== undefined) continue;
		if (!executableScriptTypes.has((attribute(attributes!, 'type') ?? '').toLowerCase())) continue;
		const hash = sha256(body!);
		if (!scriptSources.includes(`'${hash}'`))
			problems.push(`blocks the inline script ${JSON.stringify(body!.trim().slice(0, 60))}… ('${hash}')`);
	}
	for (const [, body] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
		const hash = sha256(body!);
		if (!styleSources.includes(`'${hash}'`))
			problems.push(`blocks the inline style ${JSON.stringify(body!.trim().slice(0, 60))}… ('${hash}')`);
	}
	const outsideScripts = html.replace(/<script\b[\s\S]*?<\/script>/gi, '');
	for (const [handler] of outsideScripts.matchAll(/<[a-z][^>]*\son[a-z]+\s*=\s*["'][^"']*/gi)) {
		problems.push(`blocks the event handler attribute in ${JSON.stringify(handler!.slice(0, 80))}`);
	}
	return problems;
}
