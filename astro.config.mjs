// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import react from '@astrojs/react';
import starlightLinksValidator from 'starlight-links-validator';
import { org } from './src/config/index.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	site: org.siteUrl,
	// Sub-path hosting (e.g. /it/password-help/) is set at build time, see README "Deploy".
	base: process.env.SITE_BASE ?? '/',
	trailingSlash: 'always',
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
			],
			plugins: [starlightLinksValidator({ errorOnLocalLinks: false })],
		}),
		react(),
	],
});
