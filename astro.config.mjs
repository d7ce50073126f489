// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import starlightLinksValidator from 'starlight-links-validator';
import { unified } from '@astrojs/markdown-remark';
import { org } from './src/config/index.ts';
import { rehypeBaseLinks } from './src/integrations/base-path.ts';
import { preactInTheBrowser } from './src/integrations/preact-in-the-browser.ts';
import { externalLinksList } from './src/integrations/external-links.ts';
import { securityHeaders } from './src/integrations/security/index.ts';
import { astroCspConfig } from './src/integrations/security/policy.ts';

const base = process.env.SITE_BASE ?? '/';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	site: org.siteUrl,
	// Sub-path hosting (e.g. /it/password-help/) is set at build time, see README "Deploy".
	base,
	trailingSlash: 'always',
	vite: { plugins: [preactInTheBrowser()] },
	// Content Security Policy with hashes, as a <meta> tag; the same policy goes into the
	// header files (src/integrations/security). No 'unsafe-inline' for scripts.
	security: { csp: await astroCspConfig() },
	build: {
		// Astro does not hash the <style> of a component used inside MDX content when it
		// inlines it (its CSP reads only the page's own styles), so the CSP would block it.
		// Stylesheets as files are allowed by 'self'. Can go when Astro hashes those styles.
		inlineStylesheets: 'never',
	},
	markdown: {
		// Root-relative links in the content get the base when the site is built for a sub-path.
		processor: unified({ rehypePlugins: [[rehypeBaseLinks, { base }]] }),
	},
	integrations: [
		starlight({
			title: org.siteName,
			description: `How to reset your ${org.organizationName} password yourself, practise it safely, and sign in afterwards.`,
			customCss: ['./src/styles/site.css'],
			components: {
				// Shows the date the guide was last compared with the real portal, from the config.
				LastUpdated: './src/components/LastChecked.astro',
			},
			sidebar: [
				{
					label: 'Reset your password',
					items: [
						{ label: 'Before you start', slug: 'before-you-start' },
						{ label: 'Reset your password', slug: 'reset-password' },
						{ label: 'After the reset', slug: 'after-reset' },
						{ label: 'Troubleshooting', slug: 'troubleshooting' },
					],
				},
				{
					label: 'Practise',
					items: [{ label: 'Practice simulator', slug: 'practice' }],
				},
				{
					label: 'For trainers',
					items: [
						{ label: 'Run a practice demo', slug: 'trainers' },
						{ label: 'Quick card to print', slug: 'quick-card' },
					],
				},
			],
			// Adds `noindex` to practice pages and the base to frontmatter links.
			routeMiddleware: './src/routeData.ts',
			plugins: [
				starlightLinksValidator({
					errorOnLocalLinks: false,
					// The embed page is an Astro page outside Starlight, which the validator can't see.
					exclude: [`${base.replace(/\/?$/, '/')}embed/practice/`],
				}),
			],
		}),
		react(),
		securityHeaders({ embedAllowedOrigins: org.embedAllowedOrigins }),
		externalLinksList(),
	],
});
