/**
 * The tiny markup the after-reset texts use: `**strong**` and `` `code` ``, nothing else, so the
 * texts stay plain data that the wizard, the static page and the tests can all read.
 */
export type RichSegment = { kind: 'text' | 'strong' | 'code'; text: string };

const markup = /(\*\*[^*]+\*\*|`[^`]+`)/;

/** Splits a text into plain, strong and code runs. Unclosed markers stay as plain text. */
export function parseRichText(text: string): RichSegment[] {
	return text
		.split(markup)
		.filter((part) => part !== '')
		.map((part) => {
			if (part.startsWith('**') && part.endsWith('**') && part.length > 4)
				return { kind: 'strong', text: part.slice(2, -2) };
			if (part.startsWith('`') && part.endsWith('`') && part.length > 2)
				return { kind: 'code', text: part.slice(1, -1) };
			return { kind: 'text', text: part };
		});
}

/** The text as a reader sees it, without markers. */
export function plainText(text: string): string {
	return parseRichText(text)
		.map((segment) => segment.text)
		.join('');
}
