import { describe, expect, it } from 'vitest';
import { addBaseToFrontmatterLinks, rehypeBaseLinks, withBase } from './base-path';
import { externalLinks, externalLinksReport } from './external-links';

const base = '/it/password-help/';

describe('withBase', () => {
	it.each([
		['/reset-password/', '/it/password-help/reset-password/'],
		['/reset-password/#steps', '/it/password-help/reset-password/#steps'],
		['/', '/it/password-help/'],
		['/it/password-help/practice/', '/it/password-help/practice/'],
		['https://aka.ms/sspr', 'https://aka.ms/sspr'],
		['//cdn.example.com/a.js', '//cdn.example.com/a.js'],
		['#top', '#top'],
		['mailto:help@contoso.com', 'mailto:help@contoso.com'],
		['../practice/', '../practice/'],
	])('turns %s into %s', (href, expected) => {
		expect(withBase(href, base)).toBe(expected);
	});

	it('leaves every link alone when the site is at the root', () => {
		expect(withBase('/reset-password/', '/')).toBe('/reset-password/');
	});
});

describe('rehypeBaseLinks', () => {
	it('adds the base to content links, MDX component links and frontmatter hero links', () => {
		const tree = {
			type: 'root',
			children: [
				{ type: 'element', tagName: 'a', properties: { href: '/practice/' }, children: [] },
				{ type: 'element', tagName: 'a', properties: { href: 'https://aka.ms/sspr' }, children: [] },
				{
					type: 'mdxJsxFlowElement',
					attributes: [{ type: 'mdxJsxAttribute', name: 'href', value: '/after-reset/' }],
					children: [],
				},
			],
		};
		const frontmatter = {
			hero: { actions: [{ link: '/reset-password/' }] },
			next: { link: '/troubleshooting/' },
		};
		rehypeBaseLinks({ base })(tree, { data: { astro: { frontmatter } } });
		expect(tree.children[0]!.properties!.href).toBe('/it/password-help/practice/');
		expect(tree.children[1]!.properties!.href).toBe('https://aka.ms/sspr');
		expect(tree.children[2]!.attributes![0]!.value).toBe('/it/password-help/after-reset/');
		expect(frontmatter.hero.actions[0]!.link).toBe('/it/password-help/reset-password/');
		expect(frontmatter.next.link).toBe('/it/password-help/troubleshooting/');
	});

	it('adds the base only once, however often it runs', () => {
		const data = { hero: { actions: [{ link: '/practice/' }] } };
		addBaseToFrontmatterLinks(data, base);
		addBaseToFrontmatterLinks(data, base);
		expect(data.hero.actions[0]!.link).toBe('/it/password-help/practice/');
	});
});

describe('external links', () => {
	it('lists web, mail and phone links that leave the site, once each', () => {
		const html =
			'<a href="https://aka.ms/sspr">a</a><a href="https://aka.ms/sspr">b</a><a href="/practice/">c</a>' +
			'<a href="https://password-help.contoso.com/x/">d</a><a href="mailto:a@b.c">e</a><a href="tel:+1425">f</a>';
		expect(externalLinks(html, 'https://password-help.contoso.com')).toEqual([
			'https://aka.ms/sspr',
			'mailto:a@b.c',
			'tel:+1425',
		]);
	});

	it('lists each address with the pages that link to it', () => {
		const report = externalLinksReport(
			new Map([
				['index.html', ['https://b.example']],
				['x/index.html', ['https://a.example', 'https://b.example']],
			]),
		);
		expect(report).toBe(
			'https://a.example\n    x/index.html\nhttps://b.example\n    index.html\n    x/index.html',
		);
	});
});
