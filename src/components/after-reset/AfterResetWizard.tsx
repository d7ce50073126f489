// The after-reset wizard: one question at a time, then what to do. A thin view of the machine in
// src/machines/afterReset.ts; the address mapping lives in src/machines/afterResetQuery.ts.
//
// Mounted with `client:only`: its first screen depends on the address (a link from the helpdesk
// opens an outcome), which the static build cannot know, and without JavaScript its buttons would
// do nothing. Readers without JavaScript get AfterResetText.astro, which says everything.
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useRef, useState } from 'react';
import {
	createAfterResetMachine,
	metaOf,
	type AfterResetEvent,
	type AfterResetStateName,
} from '../../machines/afterReset';
import { wizardLabel, type AfterResetFacts, type QuestionMeta } from '../../machines/afterResetContent';
import { addressForState, stateFromSearch } from '../../machines/afterResetQuery';
import { RichText } from './RichText';
import { StateBody } from './StateBody';
import './afterReset.css';

interface Props {
	/** The organization's VPN name and helpdesk, picked from the config by the page. */
	facts: AfterResetFacts;
}

export default function AfterResetWizard({ facts }: Props) {
	const [machine] = useState(() => createAfterResetMachine(facts));
	const actorRef = useActorRef(machine, {
		snapshot: machine.resolveState({ value: stateFromSearch(window.location.search) }),
	});
	const state = useSelector(actorRef, (snapshot) => snapshot.value as AfterResetStateName);
	const canGoBack = useSelector(actorRef, (snapshot) => snapshot.can({ type: 'wizard.back' }));
	const canRestart = useSelector(actorRef, (snapshot) => snapshot.can({ type: 'wizard.restart' }));
	const meta = metaOf(machine, state);

	const heading = useRef<HTMLHeadingElement>(null);
	const firstRender = useRef(true);
	useEffect(() => {
		// replaceState, not pushState: the address is there to be copied and reopened, and Back and
		// Start again move through the tree. Pushing would make the browser's back button step
		// through answers that the page would then have to re-read from the address; replacing
		// keeps it leaving the page, to wherever the reader came from (usually the guide).
		const address = addressForState(new URL(window.location.href), state);
		if (address !== `${window.location.pathname}${window.location.search}${window.location.hash}`)
			window.history.replaceState(window.history.state, '', address);
		// Opening the page must not jump past its title; every later screen takes focus, so a
		// screen reader announces the new question or outcome and Tab continues from there.
		if (firstRender.current) firstRender.current = false;
		else heading.current?.focus();
	}, [state]);

	const send = (type: AfterResetEvent['type']) => actorRef.send({ type });

	return (
		<section className="ar-wizard" aria-label={wizardLabel}>
			<h2 className="ar-title" ref={heading} tabIndex={-1}>
				{meta.title}
			</h2>
			{meta.kind === 'question' && <Question meta={meta} onAnswer={send} />}
			{meta.kind === 'help' && (
				<>
					<StateBody meta={meta} headingLevel={2} />
					<button type="button" className="ar-primary" onClick={() => send('wizard.back')}>
						{meta.backLabel}
					</button>
				</>
			)}
			{meta.kind === 'outcome' && <StateBody meta={meta} headingLevel={2} />}
			{meta.kind !== 'help' && (canGoBack || canRestart) && (
				<div className="ar-nav">
					{canGoBack && (
						<button type="button" className="ar-secondary" onClick={() => send('wizard.back')}>
							Back
						</button>
					)}
					{canRestart && (
						<button type="button" className="ar-secondary" onClick={() => send('wizard.restart')}>
							Start again
						</button>
					)}
				</div>
			)}
		</section>
	);
}

function Question({
	meta,
	onAnswer,
}: {
	meta: QuestionMeta;
	onAnswer: (type: AfterResetEvent['type']) => void;
}) {
	return (
		<>
			{meta.intro && (
				<p className="ar-intro">
					<RichText text={meta.intro} />
				</p>
			)}
			<ul className="ar-choices" aria-label="Answers">
				{meta.choices.map((choice) => (
					<li key={choice.event}>
						{/* The hint is part of the button's name: axe requires every visible word of a
						    control in its name (WCAG 2.5.3), and a screen reader user needs it as much. */}
						<button type="button" className="ar-choice" onClick={() => onAnswer(choice.event)}>
							<span className="ar-choice-label">{choice.label}</span>{' '}
							<span className="ar-choice-hint">{choice.hint}</span>
						</button>
					</li>
				))}
			</ul>
		</>
	);
}
