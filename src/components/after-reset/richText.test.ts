import { describe, expect, it } from 'vitest';
import { parseRichText, plainText } from './richText';

describe('after-reset rich text', () => {
	it('splits strong and code runs from plain text', () => {
		expect(parseRichText('Use your **old** one, as `DOMAIN\\name`.')).toEqual([
			{ kind: 'text', text: 'Use your ' },
			{ kind: 'strong', text: 'old' },
			{ kind: 'text', text: ' one, as ' },
			{ kind: 'code', text: 'DOMAIN\\name' },
			{ kind: 'text', text: '.' },
		]);
	});

	it('leaves unclosed markers and HTML as plain text', () => {
		expect(parseRichText('2 ** 3 and <b>x</b>')).toEqual([{ kind: 'text', text: '2 ** 3 and <b>x</b>' }]);
	});

	it('reads as plain text without markers', () => {
		expect(plainText('Press **Windows key + L**.')).toBe('Press Windows key + L.');
	});
});
