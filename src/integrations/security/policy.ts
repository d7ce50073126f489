/**
 * The site's security policy, defined once. Astro's `security.csp` puts the Content
 * Security Policy in a `<meta>` tag on every page; the build then copies the same policy,
 * plus what only an HTTP header can say (`frame-ancestors`), into the header files for
 * each kind of host (see `header-files.ts`).
 *
 * The site loads nothing from another origin, so every fetch directive is `'self'`.
 */
import type { AstroUserConfig } from 'astro';
import { starlightInlineScriptHashes } from './inline-scripts';

type CspConfig = Exclude<NonNullable<NonNullable<AstroUserConfig['security']>['csp']>, boolean>;
type CspDirective = NonNullable<CspConfig['directives']>[number];

/** Directives Astro writes as they are; it adds `script-src` and `style-src` itself. */
export const cspDirectives = [
	"default-src 'self'",
	"base-uri 'self'",
	"object-src 'none'",
	"form-action 'self'",
	"connect-src 'self'",
	"img-src 'self' data:",
	"font-src 'self'",
	"manifest-src 'self'",
	"media-src 'self'",
	"worker-src 'self'",
	"frame-src 'self'",
] as const satisfies readonly CspDirective[];

/**
 * `'wasm-unsafe-eval'` lets Pagefind compile its WebAssembly search index; it does not
 * allow `eval()` of JavaScript. Inline scripts are allowed only by their hash.
 */
export const scriptSources = ["'self'", "'wasm-unsafe-eval'"] as const;

/**
 * Starlight writes small `style="--sl-icon-size: 1em"`-like attributes (icon sizes, sidebar
 * depth) that cannot be hashed without `'unsafe-hashes'`. Style attributes cannot run
 * script, so they are allowed through `style-src-attr` only; `<style>` elements and
 * stylesheets stay limited to `'self'` and hashes.
 */
export const styleSources = ["'self'", { resource: "'unsafe-inline'", kind: 'attribute' }] as const;

/** Astro's `security.csp` option for this site. */
export async function astroCspConfig(): Promise<CspConfig> {
	return {
		algorithm: 'SHA-256',
		directives: [...cspDirectives],
		scriptDirective: { resources: [...scriptSources], hashes: await starlightInlineScriptHashes() },
		styleDirective: { resources: [...styleSources] },
	};
}

/** The prefix, relative to the site's base, of pages that other sites may show in a frame. */
export const embedPathPrefix = 'embed/';

/**
 * Browser features the site never uses, denied to it and to anything it could frame.
 * Only names Chromium recognizes: an unknown one logs an error on every page.
 */
export const deniedFeatures = [
	'accelerometer',
	'bluetooth',
	'camera',
	'display-capture',
	'geolocation',
	'gyroscope',
	'hid',
	'magnetometer',
	'microphone',
	'midi',
	'payment',
	'publickey-credentials-get',
	'screen-wake-lock',
	'serial',
	'usb',
	'xr-spatial-tracking',
] as const;

/**
 * Headers every response carries, whatever the page.
 *
 * `Referrer-Policy: no-referrer`: the site has no analytics and no backend that needs a
 * referrer, and its outbound links go to the reset portal; an intranet sub-path such as
 * `/it/password-help/practice/` tells another site nothing it needs to know.
 */
export const commonHeaders: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'no-referrer',
	'Permissions-Policy': deniedFeatures.map((feature) => `${feature}=()`).join(', '),
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** A policy as an ordered map from directive name to its sources. */
export type ParsedCsp = Map<string, string[]>;

/** Splits a policy (`"default-src 'self'; img-src 'self' data:"`) into its directives. */
export function parseCsp(policy: string): ParsedCsp {
	const parsed: ParsedCsp = new Map();
	for (const directive of policy.split(';')) {
		const [name, ...sources] = directive.trim().split(/\s+/);
		if (!name) continue;
		const known = parsed.get(name.toLowerCase()) ?? [];
		parsed.set(name.toLowerCase(), [...new Set([...known, ...sources])]);
	}
	return parsed;
}

export function serializeCsp(policy: ParsedCsp): string {
	return [...policy].map(([name, sources]) => [name, ...sources].join(' ')).join('; ');
}

/** One policy that allows everything each of the given policies allows (their hashes, merged). */
export function mergeCsp(policies: readonly string[]): ParsedCsp {
	const merged: ParsedCsp = new Map();
	for (const policy of policies) {
		for (const [name, sources] of parseCsp(policy)) {
			merged.set(name, [...new Set([...(merged.get(name) ?? []), ...sources])]);
		}
	}
	return merged;
}

/** The header form of a page policy: the same directives plus who may frame the page. */
export function withFrameAncestors(policy: ParsedCsp, ancestors: readonly string[]): string {
	const copy: ParsedCsp = new Map(policy);
	copy.set('frame-ancestors', ["'self'", ...ancestors.map((origin) => new URL(origin).origin)]);
	return serializeCsp(copy);
}
