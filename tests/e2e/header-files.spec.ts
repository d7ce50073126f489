import { readFileSync } from 'node:fs';
import { org } from '../../src/config';
import { metaCsp } from '../../src/integrations/security/audit';
import { headersRuleMatches, parseHeadersFile } from '../../src/integrations/security/header-files';
import { parseCsp } from '../../src/integrations/security/policy';
import { expect, test } from './fixtures';
import { sitemapPaths } from './sitemap';

const dist = 'dist';
const base = (process.env.SITE_BASE ?? '/').replace(/\/?$/, '/');
const pages = sitemapPaths(dist);
/** The embed page need not exist yet: the rules for its address are checked either way. */
const embedPage = 'embed/practice/';

const headersRules = parseHeadersFile(readFileSync(`${dist}/_headers`, 'utf8'));
const azure = JSON.parse(readFileSync(`${dist}/staticwebapp.config.json`, 'utf8')) as {
	globalHeaders: Record<string, string>;
	routes: { route: string; headers?: Record<string, string> }[];
};
const webConfig = readFileSync(`${dist}/web.config`, 'utf8');

/** The headers Netlify or Cloudflare Pages would send for an address, from `_headers`. */
function headersFileHeaders(urlPath: string): Record<string, string> {
	const matching = headersRules.filter((rule) => headersRuleMatches(rule.path, urlPath));
	return Object.assign({}, ...matching.map((rule) => rule.headers));
}

/** The headers Azure Static Web Apps would send: global ones, replaced by the first matching route's. */
function azureHeaders(urlPath: string): Record<string, string> {
	const route = azure.routes.find(({ route }) =>
		route.endsWith('*') ? urlPath.startsWith(route.slice(0, -1)) : route === urlPath,
	);
	return { ...azure.globalHeaders, ...route?.headers };
}

function frameAncestors(policy: string | undefined): string[] {
	return parseCsp(policy ?? '').get('frame-ancestors') ?? [];
}

test('no header in _headers is given twice for one page, so Netlify and Cloudflare send the same', () => {
	for (const path of [...pages, embedPage]) {
		const names = headersRules
			.filter((rule) => headersRuleMatches(rule.path, `${base}${path}`))
			.flatMap((rule) => Object.keys(rule.headers));
		expect(
			names.filter((name, index) => names.indexOf(name) !== index),
			`/${path}`,
		).toEqual([]);
	}
});

test('_headers and staticwebapp.config.json give every page the same headers', () => {
	for (const path of [...pages, embedPage]) {
		expect(headersFileHeaders(`${base}${path}`), `/${path}`).toEqual(azureHeaders(`${base}${path}`));
	}
});

test('every page may be framed by the site itself only', () => {
	for (const path of pages.filter((path) => !path.startsWith('embed/'))) {
		expect(frameAncestors(headersFileHeaders(`${base}${path}`)['Content-Security-Policy'])).toEqual([
			"'self'",
		]);
	}
});

test('the embed page may be framed by the origins in the organization config', () => {
	const expected = ["'self'", ...org.embedAllowedOrigins.map((origin) => new URL(origin).origin)];
	expect(frameAncestors(headersFileHeaders(`${base}${embedPage}`)['Content-Security-Policy'])).toEqual(
		expected,
	);
	expect(frameAncestors(azureHeaders(`${base}${embedPage}`)['Content-Security-Policy'])).toEqual(expected);
});

test("the header CSP allows every script and style each page's meta CSP allows, and no inline script", () => {
	for (const path of pages) {
		const html = readFileSync(`${dist}/${path}index.html`, 'utf8');
		const meta = parseCsp(metaCsp(html) ?? '');
		const header = parseCsp(headersFileHeaders(`${base}${path}`)['Content-Security-Policy'] ?? '');
		expect(meta.get('script-src'), `/${path} has a meta CSP`).toBeDefined();
		for (const [directive, sources] of meta) {
			expect(header.get(directive), `/${path} ${directive}`).toEqual(expect.arrayContaining(sources));
		}
		expect(header.get('script-src')).not.toContain("'unsafe-inline'");
		expect(header.get('default-src')).toEqual(["'self'"]);
	}
});

test('web.config sends the same headers as the other hosts', () => {
	const rootHeaders = azure.globalHeaders;
	for (const [name, value] of Object.entries(rootHeaders)) {
		expect(webConfig).toContain(`<add name="${name}" value="${value.replaceAll('&', '&amp;')}" />`);
	}
	const embedPolicy = azureHeaders(`${base}${embedPage}`)['Content-Security-Policy'];
	expect(webConfig).toContain(`<location path="embed">`);
	expect(webConfig).toContain(`<add name="Content-Security-Policy" value="${embedPolicy}" />`);
});

test('the local server sends the headers of _headers', async ({ request }) => {
	for (const path of pages) {
		const response = await request.get(path);
		const expected = headersFileHeaders(`${base}${path}`);
		for (const [name, value] of Object.entries(expected)) {
			expect(response.headers()[name.toLowerCase()], `/${path} ${name}`).toBe(value);
		}
	}
});
