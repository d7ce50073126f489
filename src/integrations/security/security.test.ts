import { describe, expect, it } from 'vitest';
import { cspProblems, metaCsp } from './audit';
import {
	headersRuleMatches,
	parseHeadersFile,
	renderHeadersFile,
	renderStaticWebAppConfig,
	renderWebConfig,
	type HeaderPlan,
} from './header-files';
import { inlineScriptBodies, sha256, starlightInlineScriptHashes } from './inline-scripts';
import { mergeCsp, parseCsp, serializeCsp, withFrameAncestors } from './policy';

function page(policy: string, body: string): string {
	return `<html><head><meta http-equiv="content-security-policy" content="${policy}"></head><body>${body}</body></html>`;
}

describe('CSP audit of a built page', () => {
	const script = 'console.log(1)';

	it('accepts an inline script allowed by its hash', () => {
		expect(cspProblems(page(`script-src 'self' '${sha256(script)}'`, `<script>${script}</script>`))).toEqual(
			[],
		);
	});

	it('names an inline script whose hash the policy lacks, with the hash to add', () => {
		expect(cspProblems(page("script-src 'self'", `<script>${script}</script>`))).toEqual([
			`blocks the inline script "console.log(1)"… ('${sha256(script)}')`,
		]);
	});

	it('ignores scripts loaded from a file and JSON data blocks', () => {
		const body = '<script type="module" src="/a.js"></script><script type="application/json">{}</script>';
		expect(cspProblems(page("script-src 'self'", body))).toEqual([]);
	});

	it('reports an unhashed <style>, an event handler attribute and a missing policy', () => {
		expect(cspProblems(page("script-src 'self'; style-src 'self'", '<style>p{}</style>'))).toHaveLength(1);
		expect(cspProblems(page("script-src 'self'", '<button onclick="go()">Go</button>'))).toHaveLength(1);
		expect(cspProblems('<html><head></head></html>')).toEqual([
			'has no <meta http-equiv="content-security-policy">',
		]);
	});

	it("reports a policy that allows 'unsafe-inline' scripts", () => {
		expect(cspProblems(page("script-src 'self' 'unsafe-inline'", ''))).toContain(
			"allows 'unsafe-inline' scripts",
		);
	});

	it('reads the policy from the meta tag', () => {
		expect(metaCsp(page("default-src 'self'", ''))).toBe("default-src 'self'");
	});
});

describe('Starlight inline scripts', () => {
	it('takes the text between the tags of is:inline scripts only', () => {
		const source = `<script is:inline>\n\ta();\n</script><script>b()</script><script is:inline data-x>c()</script>`;
		expect(inlineScriptBodies(source)).toEqual(['\n\ta();\n', 'c()']);
	});

	it("finds the hashes of the installed Starlight's inline scripts", async () => {
		const hashes = await starlightInlineScriptHashes();
		expect(hashes.length).toBeGreaterThanOrEqual(3);
		for (const hash of hashes) expect(hash).toMatch(/^sha256-[A-Za-z0-9+/]{43}=$/);
	});
});

describe('policy helpers', () => {
	it('merges the sources of several policies without repeating one', () => {
		const merged = mergeCsp(["script-src 'self' 'sha256-a'", "script-src 'self' 'sha256-b'; img-src 'self'"]);
		expect(serializeCsp(merged)).toBe("script-src 'self' 'sha256-a' 'sha256-b'; img-src 'self'");
	});

	it('adds frame-ancestors with the origins only, paths dropped', () => {
		const policy = withFrameAncestors(parseCsp("default-src 'self'"), ['https://learning.contoso.com/path']);
		expect(policy).toBe("default-src 'self'; frame-ancestors 'self' https://learning.contoso.com");
	});
});

describe('header files', () => {
	const plan: HeaderPlan = {
		base: '/it/password-help/',
		common: { 'X-Content-Type-Options': 'nosniff' },
		pagePolicy: "default-src 'self'; frame-ancestors 'self'",
		embedPolicy: "default-src 'self'; frame-ancestors 'self' https://lms.example.com",
		embedPrefix: 'embed/',
		pages: ['index.html', 'practice/index.html', 'embed/practice/index.html', '404.html'],
		immutablePrefix: '_astro/',
		workerPrefixes: ['pagefind/'],
	};
	const rules = parseHeadersFile(renderHeadersFile(plan));
	const headersFor = (path: string) =>
		Object.assign(
			{},
			...rules.filter((rule) => headersRuleMatches(rule.path, path)).map((rule) => rule.headers),
		);

	it('gives each page its policy in _headers, under the base', () => {
		expect(headersFor('/it/password-help/')).toEqual({
			'X-Content-Type-Options': 'nosniff',
			'Content-Security-Policy': plan.pagePolicy,
		});
		expect(headersFor('/it/password-help/embed/practice/')['Content-Security-Policy']).toBe(plan.embedPolicy);
		expect(headersFor('/it/password-help/pagefind/pagefind-worker.js')['Content-Security-Policy']).toBe(
			plan.pagePolicy,
		);
	});

	it('never sets the same header twice for one address in _headers', () => {
		for (const path of [
			'/it/password-help/',
			'/it/password-help/embed/practice/',
			'/it/password-help/practice/',
		]) {
			const names = rules
				.filter((rule) => headersRuleMatches(rule.path, path))
				.flatMap((rule) => Object.keys(rule.headers));
			expect(new Set(names).size).toBe(names.length);
		}
	});

	it('gives the embed pages their own policy in staticwebapp.config.json and web.config', () => {
		const azure = JSON.parse(renderStaticWebAppConfig(plan));
		expect(azure.globalHeaders['Content-Security-Policy']).toBe(plan.pagePolicy);
		expect(azure.routes[0]).toEqual({
			route: '/it/password-help/embed/*',
			headers: { 'Content-Security-Policy': plan.embedPolicy },
		});
		const webConfig = renderWebConfig(plan);
		expect(webConfig).toMatch(
			/<location path="embed">[\s\S]*<remove name="Content-Security-Policy" \/>[\s\S]*https:\/\/lms\.example\.com/,
		);
		expect(webConfig).toContain('path="/it/password-help/404.html"');
	});
});
