// html-validate settings for the built site (`npm run test:html` checks dist/**/*.html).
// Each rule turned off or relaxed below is for markup Starlight or Astro write and this
// project does not control; the reason is given next to it.
export default {
	extends: ['html-validate:recommended'],
	elements: [
		'html5',
		{
			// Astro writes the island style (`astro-island{display:contents}`) just before the
			// first island, inside <body>. Every browser applies it; the spec only lists <head>.
			style: { flow: true },
		},
	],
	rules: {
		// Astro writes `<meta ... />` and `<link ...>` in the same page; both forms are valid HTML.
		'void-style': 'off',
		// Starlight's own header buttons (search, menu, dialog close) have no `type`; none of
		// them is inside a form, where the default `submit` would matter.
		'no-implicit-button-type': 'off',
		// Starlight sets sizes through style attributes (`--sl-icon-size`, sidebar `--depth`);
		// the CSP allows style attributes only (`style-src-attr`), never <style> or scripts.
		'no-inline-style': 'off',
		// Starlight renders the table of contents twice, for phone and desktop widths, both
		// named "On this page"; CSS shows one at a time, so readers only meet one.
		'unique-landmark': 'off',
		// Starlight's `<ol role="list">` in <Steps> restores list semantics that Safari drops
		// from lists styled with `list-style: none`.
		'no-redundant-role': 'off',
		// Starlight's skip link targets `id="_top"`; HTML allows any id without spaces.
		'valid-id': ['error', { relaxed: true }],
		// Phone numbers are kept on one line by CSS (`a[href^="tel:"]` in src/styles/site.css)
		// instead of &nbsp; in the config's phone number, which must stay plain to be dialled.
		'tel-non-breaking': 'off',
	},
};
