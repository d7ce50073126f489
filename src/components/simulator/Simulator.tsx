import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { OrganizationConfig } from '../../config/schema';
import { scenarioIds, scenarios, type ScenarioId } from '../../machines/scenarios';
import {
	openSimulator,
	readSimulatorQuery,
	simulatorInputFor,
	type SimulatorInputFactory,
	type SimulatorQuery,
} from '../../machines/screens';
import { SimulatorContext } from './context';
import type { SimulatorOrganization } from './organization';
import { Portal } from './Portal';
import { PracticePhone } from './PracticePhone';
import { Presenter } from './Presenter';
import './simulator.css';

interface SimulatorProps {
	organization: SimulatorOrganization;
	/** The site's base path, for links out of the simulator (e.g. to /after-reset/). */
	base?: string;
	/** On /practice/: read `?screen=` and `?scenario=`, and offer the scenario picker and presenter mode. */
	standalone?: boolean;
}

const startOfDefault: SimulatorQuery = { screen: undefined, scenario: 'default', seed: undefined };

/**
 * The practice simulator: the portal and the practice phone, with a permanent notice that
 * this is practice. It renders only in the browser: the CAPTCHA and codes are drawn there,
 * and without JavaScript the page shows where the guide's steps are instead.
 */
export default function Simulator({ organization, base: rawBase = '/', standalone = false }: SimulatorProps) {
	const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
	const [seed, setSeed] = useState<number | undefined>(undefined);
	// The simulator needs only part of the config; the rest of the type is not read.
	const inputFor: SimulatorInputFactory = useMemo(
		() => (scenario) => simulatorInputFor(scenario, organization as OrganizationConfig, { seed }),
		[organization, seed],
	);
	const [simulator, setSimulator] = useState<ReturnType<typeof openSimulator> | null>(null);
	const [presenting, setPresenting] = useState(false);
	const root = useRef<HTMLElement>(null);
	const stage = useRef<HTMLDivElement>(null);

	// The running simulator, kept in a ref too, so that whichever one is current is stopped
	// when it is replaced or when the island goes away.
	const running = useRef<ReturnType<typeof openSimulator> | null>(null);
	const show = useCallback((opened: ReturnType<typeof openSimulator>) => {
		running.current?.actor.stop();
		running.current = opened;
		setSimulator(opened);
	}, []);

	const reopen = useCallback(
		(query: SimulatorQuery) => show(openSimulator(query, inputFor)),
		[show, inputFor],
	);

	useEffect(() => {
		const query = standalone ? readSimulatorQuery(window.location.search) : startOfDefault;
		setSeed(query.seed);
		show(
			openSimulator(query, (scenario) =>
				simulatorInputFor(scenario, organization as OrganizationConfig, { seed: query.seed }),
			),
		);
		setPresenting(query.presenter === true);
		return () => {
			running.current?.actor.stop();
			running.current = null;
		};
	}, [organization, standalone, show]);

	const changeScenario = (scenario: ScenarioId) => {
		reopen({ ...startOfDefault, scenario });
		const url = new URL(window.location.href);
		url.search = scenario === 'default' ? '' : `?scenario=${scenario}`;
		window.history.replaceState(null, '', url);
	};

	const [fullScreenWanted, setFullScreenWanted] = useState(false);
	const present = () => {
		setPresenting(true);
		setFullScreenWanted(true);
	};

	// Full screen where the browser allows it (after a click); the large layout works without it.
	useEffect(() => {
		if (!presenting || !fullScreenWanted) return;
		setFullScreenWanted(false);
		root.current?.requestFullscreen?.().catch(() => undefined);
	}, [presenting, fullScreenWanted]);

	const presenterButton = useRef<HTMLButtonElement>(null);
	const wasPresenting = useRef(false);
	const stopPresenting = useCallback(() => {
		setPresenting(false);
		if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
	}, []);

	useEffect(() => {
		if (!presenting) {
			// Back from presenting: focus returns to the button that started it.
			if (wasPresenting.current) presenterButton.current?.focus();
			wasPresenting.current = false;
			return;
		}
		wasPresenting.current = true;
		// The rest of the page is behind the presenter's layer: keep the keyboard out of it.
		const behind = [...document.body.children].filter((element) => element !== root.current);
		behind.forEach((element) => element.setAttribute('inert', ''));
		// In full screen the browser takes the first Esc to leave full screen; leave presenting too.
		const onFullScreenChange = () => {
			if (!document.fullscreenElement) setPresenting(false);
		};
		document.addEventListener('fullscreenchange', onFullScreenChange);
		return () => {
			behind.forEach((element) => element.removeAttribute('inert'));
			document.removeEventListener('fullscreenchange', onFullScreenChange);
		};
	}, [presenting]);

	const simulatorView = (
		<section
			ref={root}
			className={presenting ? 'sim sim-presenting' : 'sim'}
			aria-label="Password reset practice"
		>
			<p className="sim-notice">
				<strong>Practice only.</strong> This is not the real password reset portal, and nothing you type
				leaves this page. Never type a real password here.
			</p>
			{standalone && simulator && (
				<div className="sim-scenario">
					<label htmlFor="sim-scenario">Practice scenario</label>
					<div className="sim-scenario-row">
						<select
							id="sim-scenario"
							value={simulator.scenario}
							onChange={(event) => changeScenario(event.target.value as ScenarioId)}
						>
							{scenarioIds.map((id) => (
								<option key={id} value={id}>
									{scenarios[id].title}
								</option>
							))}
						</select>
						{!presenting && (
							<button ref={presenterButton} type="button" className="sim-button" onClick={present}>
								Presenter mode
							</button>
						)}
					</div>
					<p className="sim-hint">{scenarios[simulator.scenario].description}</p>
				</div>
			)}
			{simulator ? (
				<SimulatorContext.Provider value={{ actor: simulator.actor, organization, base }}>
					{presenting && (
						<Presenter
							key={simulator.scenario}
							scenario={simulator.scenario}
							inputFor={inputFor}
							reopen={reopen}
							onExit={stopPresenting}
							stage={stage}
						/>
					)}
					<div className="sim-layout">
						<div ref={stage}>
							<Portal key={simulator.actor.id} />
						</div>
						<PracticePhone />
					</div>
				</SimulatorContext.Provider>
			) : (
				<p className="sim-loading">
					Loading the practice portal… If nothing appears, JavaScript may be turned off in this browser: the
					step-by-step guide shows every screen instead.
				</p>
			)}
		</section>
	);
	// Presenting, the simulator covers the page; Starlight's layout isolates its content
	// column, so only outside it (at the end of <body>) can it cover the header and sidebar.
	return presenting ? createPortal(simulatorView, document.body) : simulatorView;
}
