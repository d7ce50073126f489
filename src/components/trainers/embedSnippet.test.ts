import { describe, expect, it } from 'vitest';
import { embedSnippet } from './embedSnippet';

describe('embedSnippet', () => {
	const snippet = embedSnippet('https://password-help.contoso.com/it/embed/practice/');

	it('frames the embed page with a title', () => {
		expect(snippet).toContain('src="https://password-help.contoso.com/it/embed/practice/"');
		expect(snippet).toContain('title="Password reset practice"');
	});

	it("accepts height messages only from the site's own origin", () => {
		expect(snippet).toContain("event.origin !== 'https://password-help.contoso.com'");
		expect(snippet).toContain("event.data?.type !== 'password-help:height'");
	});
});
