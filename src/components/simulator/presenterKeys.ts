/** Presenter mode's keys, listed on screen with `?` and in the trainers' guide. */
export const presenterKeys = [
	['→', 'Next step: fills in the fields as a user would, then goes on'],
	['←', 'Back to the previous screen'],
	['R', 'Restart from Who are you?'],
	['1–9', 'Jump to that screen of the scenario'],
	['Space', 'Play the scenario by itself, with a caption per step; again to pause'],
	['N', 'Speaker notes: what to say on this screen'],
	['?', 'Show the keys'],
	['Esc', 'Leave presenter mode'],
] as const;
