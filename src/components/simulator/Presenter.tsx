import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ScenarioId } from '../../machines/scenarios';
import {
	currentScreen,
	screenById,
	type SimulatorInputFactory,
	type SimulatorQuery,
} from '../../machines/screens';
import { nextTourEvent, tourScreens } from '../../machines/tour';
import { useIsland, useSimulator } from './context';
import { presenterKeys } from './presenterKeys';
import { fieldValuesFor, typeAndSubmit } from './typeLikeAUser';

interface PresenterProps {
	scenario: ScenarioId;
	inputFor: SimulatorInputFactory;
	reopen: (query: SimulatorQuery) => void;
	onExit: () => void;
	/** Where the portal is drawn, for typing into its fields. */
	stage: React.RefObject<HTMLDivElement | null>;
}

/** How long each step of auto-play stays on screen, so that a room can follow. */
const autoPlayPauseMs = 3500;

/**
 * Presenter mode: big type, the practice phone beside the portal, keys and buttons to step
 * through a scenario, jump to a screen, or let it play itself with a caption per step.
 */
export function Presenter({ scenario, inputFor, reopen, onExit, stage }: PresenterProps) {
	const { actor } = useIsland();
	const screen = useSimulator((snapshot) => currentScreen(snapshot));
	// Changes with every step, including those within a screen (answering a call).
	const step = useSimulator(
		(snapshot) => `${currentScreen(snapshot).screen}|${snapshot.context.callStatus}|${snapshot.context.seed}`,
	);
	const atEnd = useSimulator((snapshot) => nextTourEvent(snapshot) === undefined);
	const tour = useMemo(() => tourScreens(scenario, inputFor), [scenario, inputFor]);
	const [playing, setPlaying] = useState(false);
	const [notes, setNotes] = useState(false);
	const [showKeys, setShowKeys] = useState(false);
	const [history, setHistory] = useState<string[]>([]);
	const busy = useRef(false);
	const nextButton = useRef<HTMLButtonElement>(null);

	// Opening presenter mode moves focus to its main control.
	useEffect(() => {
		nextButton.current?.focus();
	}, []);

	const advance = useCallback(async () => {
		const event = nextTourEvent(actor.getSnapshot());
		if (!event || busy.current) return;
		busy.current = true;
		try {
			const from = currentScreen(actor.getSnapshot()).screen;
			const values = fieldValuesFor(event);
			const typed = values && stage.current ? await typeAndSubmit(stage.current, values) : false;
			if (!typed) actor.send(event);
			const to = currentScreen(actor.getSnapshot()).screen;
			if (to !== from) setHistory((previous) => [...previous, from]);
		} finally {
			busy.current = false;
		}
	}, [actor, stage]);

	const back = useCallback(() => {
		const previous = history.at(-1);
		if (!previous) return;
		setHistory(history.slice(0, -1));
		reopen({ screen: previous, scenario, seed: undefined });
	}, [history, reopen, scenario]);

	const restart = useCallback(() => {
		setPlaying(false);
		setHistory([]);
		actor.send({ type: 'cancel' });
	}, [actor]);

	const jump = useCallback(
		(index: number) => {
			const target = tour[index];
			if (!target) return;
			setHistory(tour.slice(0, index));
			reopen({ screen: target, scenario, seed: undefined });
		},
		[tour, reopen, scenario],
	);

	// Auto-play: one step, then a pause long enough to read the caption, until the story ends.
	useEffect(() => {
		if (!playing) return;
		if (atEnd) {
			setPlaying(false);
			return;
		}
		const timer = window.setTimeout(advance, autoPlayPauseMs);
		return () => window.clearTimeout(timer);
	}, [playing, atEnd, step, advance]);

	// Bound as the controls appear (a layout effect), so the keys work as soon as they are shown.
	useLayoutEffect(() => {
		const onKey = (event: KeyboardEvent) => {
			const target = event.target as HTMLElement | null;
			// Keys typed into the portal's fields are the user's, not the presenter's.
			if (target?.closest('input, textarea, select') || event.altKey || event.ctrlKey || event.metaKey)
				return;
			const actions: Record<string, () => void> = {
				ArrowRight: () => void advance(),
				ArrowLeft: back,
				r: restart,
				R: restart,
				' ': () => setPlaying((value) => !value),
				n: () => setNotes((value) => !value),
				N: () => setNotes((value) => !value),
				'?': () => setShowKeys((value) => !value),
				Escape: onExit,
			};
			const action =
				actions[event.key] ?? (/^[1-9]$/.test(event.key) ? () => jump(Number(event.key) - 1) : undefined);
			if (!action) return;
			// Space on a button presses it; leave that to the button.
			if (event.key === ' ' && target?.closest('button, a')) return;
			event.preventDefault();
			action();
		};
		document.addEventListener('keydown', onKey);
		return () => document.removeEventListener('keydown', onKey);
	}, [advance, back, restart, jump, onExit]);

	return (
		<div className="sim-presenter">
			<div className="sim-presenter-bar" role="toolbar" aria-label="Presenter controls">
				<button type="button" className="sim-button" onClick={back} disabled={history.length === 0}>
					← Back
				</button>
				<button
					ref={nextButton}
					type="button"
					className="sim-button sim-button-primary"
					onClick={() => void advance()}
					disabled={atEnd}
				>
					Next step →
				</button>
				<button
					type="button"
					className="sim-button"
					onClick={() => setPlaying(!playing)}
					aria-pressed={playing}
				>
					{playing ? 'Pause' : 'Play'} (Space)
				</button>
				<button type="button" className="sim-button" onClick={restart}>
					Restart (R)
				</button>
				<button type="button" className="sim-button" onClick={() => setNotes(!notes)} aria-pressed={notes}>
					Notes (N)
				</button>
				<button
					type="button"
					className="sim-button"
					onClick={() => setShowKeys(!showKeys)}
					aria-expanded={showKeys}
				>
					Keys (?)
				</button>
				<button type="button" className="sim-button" onClick={onExit}>
					Leave (Esc)
				</button>
			</div>
			<ol className="sim-presenter-tour" aria-label="Screens in this scenario">
				{tour.map((id, index) => (
					<li key={id}>
						<button
							type="button"
							className="sim-button"
							aria-current={id === screen.screen ? 'step' : undefined}
							onClick={() => jump(index)}
						>
							{index + 1}. {screenById(id)?.title}
						</button>
					</li>
				))}
			</ol>
			{showKeys && (
				<div className="sim-presenter-keys">
					<h2>Presenter keys</h2>
					<dl>
						{presenterKeys.map(([key, action]) => (
							<div key={key}>
								<dt>
									<kbd>{key}</kbd>
								</dt>
								<dd>{action}</dd>
							</div>
						))}
					</dl>
				</div>
			)}
			<p className="sim-caption" role="status">
				{(playing || notes) && (
					<>
						<strong>{screen.title}.</strong> {screen.trainerNote}
					</>
				)}
				{atEnd && !playing && ' End of this scenario: press R to start again.'}
			</p>
		</div>
	);
}
