// Renders the after-reset texts' `**strong**` and `` `code` `` markup (see richText.ts).
import { parseRichText } from './richText';

export function RichText({ text }: { text: string }) {
	return (
		<>
			{parseRichText(text).map((segment, index) =>
				segment.kind === 'strong' ? (
					<strong key={index}>{segment.text}</strong>
				) : segment.kind === 'code' ? (
					<code key={index}>{segment.text}</code>
				) : (
					segment.text
				),
			)}
		</>
	);
}
