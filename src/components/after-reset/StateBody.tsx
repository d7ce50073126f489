// The body of a detour or an outcome, under its heading. The wizard and the no-JavaScript text
// (AfterResetText.astro, which renders this without hydrating it) share it, so an outcome reads
// the same in both places.
import type { HelpMeta, OutcomeMeta } from '../../machines/afterResetContent';
import { RichText } from './RichText';
import './afterReset.css';

interface Props {
	meta: HelpMeta | OutcomeMeta;
	/** The level of the state's own heading; sub-headings go one level below. */
	headingLevel: 2 | 3;
}

export function StateBody({ meta, headingLevel }: Props) {
	const SubHeading = headingLevel === 2 ? 'h3' : 'h4';
	if (meta.kind === 'help') {
		return (
			<ol className="ar-steps">
				{meta.steps.map((step) => (
					<li key={step}>
						<RichText text={step} />
					</li>
				))}
			</ol>
		);
	}
	const { afterwards } = meta;
	return (
		<>
			<p className="ar-key">{meta.keyInstruction}</p>
			<ol className="ar-steps">
				{meta.steps.map((step) => (
					<li key={step}>
						<RichText text={step} />
					</li>
				))}
			</ol>
			{meta.caution && (
				<div className="ar-caution" role="note">
					<p className="ar-caution-title">{meta.caution.title}</p>
					<p>
						<RichText text={meta.caution.body} />
					</p>
				</div>
			)}
			{meta.closing && (
				<p>
					<RichText text={meta.closing} />
				</p>
			)}
			<SubHeading className="ar-subheading">{afterwards.title}</SubHeading>
			<p>
				<RichText text={afterwards.intro} />
			</p>
			<ul className="ar-places">
				{afterwards.places.map((place) => (
					<li key={place}>{place}</li>
				))}
			</ul>
			<p>
				<RichText text={afterwards.phoneNote} />
			</p>
			<SubHeading className="ar-subheading">{afterwards.windowsHelloTitle}</SubHeading>
			<p>
				<RichText text={afterwards.windowsHello} />
			</p>
		</>
	);
}
