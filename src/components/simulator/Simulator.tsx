import { useEffect, useState } from 'react';
import { scenarioIds, scenarios, type ScenarioId } from '../../machines/scenarios';
import {
	openSimulator,
	readSimulatorQuery,
	simulatorInputFor,
	type SimulatorQuery,
} from '../../machines/screens';
import type { OrganizationConfig } from '../../config/schema';
import { SimulatorContext } from './context';
import type { SimulatorOrganization } from './organization';
import { Portal } from './Portal';
import { PracticePhone } from './PracticePhone';
import './simulator.css';

interface SimulatorProps {
	organization: SimulatorOrganization;
	/** The site's base path, for links out of the simulator (e.g. to /after-reset/). */
	base?: string;
	/** On /practice/: read `?screen=` and `?scenario=`, and offer the scenario picker. */
	standalone?: boolean;
}

const startOfDefault: SimulatorQuery = { screen: undefined, scenario: 'default', seed: undefined };

function open(organization: SimulatorOrganization, query: SimulatorQuery) {
	// The simulator needs only part of the config; the rest of the type is not read.
	const config = organization as OrganizationConfig;
	return openSimulator(query, (scenario) => simulatorInputFor(scenario, config, { seed: query.seed }));
}

/**
 * The practice simulator: the portal and the practice phone, with a permanent notice that
 * this is practice. It renders only in the browser: the CAPTCHA and codes are drawn there,
 * and without JavaScript the page shows where the guide's steps are instead.
 */
export default function Simulator({ organization, base: rawBase = '/', standalone = false }: SimulatorProps) {
	const base = rawBase.endsWith('/') ? rawBase : `${rawBase}/`;
	const [simulator, setSimulator] = useState<ReturnType<typeof open> | null>(null);

	useEffect(() => {
		const opened = open(
			organization,
			standalone ? readSimulatorQuery(window.location.search) : startOfDefault,
		);
		setSimulator(opened);
		return () => {
			opened.actor.stop();
		};
	}, [organization, standalone]);

	const changeScenario = (scenario: ScenarioId) => {
		simulator?.actor.stop();
		setSimulator(open(organization, { ...startOfDefault, scenario }));
		const url = new URL(window.location.href);
		url.search = scenario === 'default' ? '' : `?scenario=${scenario}`;
		window.history.replaceState(null, '', url);
	};

	return (
		<section className="sim" aria-label="Password reset practice">
			<p className="sim-notice">
				<strong>Practice only.</strong> This is not the real password reset portal, and nothing you type
				leaves this page. Never type a real password here.
			</p>
			{standalone && simulator && (
				<div className="sim-scenario">
					<label htmlFor="sim-scenario">Practice scenario</label>
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
					<p className="sim-hint">{scenarios[simulator.scenario].description}</p>
				</div>
			)}
			{simulator ? (
				<SimulatorContext.Provider value={{ actor: simulator.actor, organization, base }}>
					<div className="sim-layout">
						<Portal key={simulator.actor.id + simulator.scenario} />
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
}
