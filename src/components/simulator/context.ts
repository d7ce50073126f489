import { useSelector } from '@xstate/react';
import { createContext, useCallback, useContext } from 'react';
import type { SimulatorActor, SimulatorSnapshot } from '../../machines/screens';
import type { SimulatorEvent } from '../../machines/simulator';
import type { SimulatorOrganization } from './organization';

interface SimulatorIsland {
	actor: SimulatorActor;
	organization: SimulatorOrganization;
	/** Where the site lives, e.g. "/" or "/it/password-help/", for links out of the simulator. */
	base: string;
}

/** One simulator per island: the screens and the practice phone share its actor. */
export const SimulatorContext = createContext<SimulatorIsland | null>(null);

export function useIsland(): SimulatorIsland {
	const island = useContext(SimulatorContext);
	if (!island) throw new Error('A simulator screen was rendered outside <Simulator>.');
	return island;
}

/** One value of the simulator's snapshot; re-renders only when that value changes. */
export function useSimulator<T>(
	select: (snapshot: SimulatorSnapshot) => T,
	compare?: (a: T, b: T) => boolean,
): T {
	return useSelector(useIsland().actor, select, compare);
}

export function useSend(): (event: SimulatorEvent) => void {
	const { actor } = useIsland();
	return useCallback((event: SimulatorEvent) => actor.send(event), [actor]);
}

export function useOrganization(): SimulatorOrganization {
	return useIsland().organization;
}

export function useBase(): string {
	return useIsland().base;
}
