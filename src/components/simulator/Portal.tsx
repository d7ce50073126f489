import { useEffect, useRef, type ComponentType } from 'react';
import { portalHeading } from '../../machines/portal';
import { breadcrumbFor, currentScreen } from '../../machines/screens';
import { useSimulator } from './context';
import { Blocked, CouldNotVerify, Done, Unlocked, WhyTrouble } from './Outcomes';
import { NewPassword } from './NewPassword';
import { AnswerCall, ApproveNotification, ChooseMethod, EnterCode, NoResponse } from './Verification';
import { WhoAreYou } from './WhoAreYou';

/** The view for each state of the machine, by the state's key; both verification steps share them. */
const views: Record<string, ComponentType> = {
	whoAreYou: WhoAreYou,
	whyTrouble: WhyTrouble,
	couldNotVerify: CouldNotVerify,
	chooseMethod: ChooseMethod,
	enterCode: EnterCode,
	answerCall: AnswerCall,
	approveNotification: ApproveNotification,
	noResponse: NoResponse,
	newPassword: NewPassword,
	done: Done,
	unlocked: Unlocked,
	blocked: Blocked,
};

/** The practice portal: its frame, the breadcrumb, and the current screen. */
export function Portal() {
	const screen = useSimulator((snapshot) => currentScreen(snapshot));
	// Cancel starts a new run on the same screen: the seed changes, and the fields must clear.
	const run = useSimulator((snapshot) => snapshot.context.seed);
	const breadcrumb = useSimulator((snapshot) => breadcrumbFor(snapshot), sameBreadcrumb);
	const headingRef = useRef<HTMLHeadingElement>(null);
	const firstRender = useRef(true);

	// Every change of screen moves focus to the new screen's heading, so keyboard and
	// screen-reader users start reading there. Not on first render: the page owns that focus.
	useEffect(() => {
		if (firstRender.current) {
			firstRender.current = false;
			return;
		}
		headingRef.current?.focus();
	}, [screen.screen, run]);

	const View = views[screen.view];
	if (!View) throw new Error(`No view for the simulator state "${screen.stateId}".`);
	const showBreadcrumb = breadcrumb.length > 0 && screen.view !== 'done' && screen.view !== 'unlocked';

	return (
		<div className="sim-portal" data-screen={screen.screen}>
			<div className="sim-portal-bar">
				<span className="sim-wordmark">Account recovery</span>
				<span className="sim-badge">Practice</span>
			</div>
			<div className="sim-portal-body">
				<h2 className="sim-portal-heading">{portalHeading}</h2>
				<h3 ref={headingRef} tabIndex={-1} className="sim-screen-heading">
					{showBreadcrumb
						? breadcrumb.map((step, index) => (
								<span key={step.label} className="sim-crumb" data-status={step.status}>
									{index > 0 && <span aria-hidden="true"> &gt; </span>}
									{step.status === 'current' ? <strong>{step.label}</strong> : step.label}
									{step.status === 'done' && (
										<>
											<span aria-hidden="true"> ✓</span>
											<span className="sim-visually-hidden"> (done)</span>
										</>
									)}
								</span>
							))
						: screen.title}
				</h3>
				<View key={`${screen.screen}-${run}`} />
			</div>
		</div>
	);
}

function sameBreadcrumb(a: ReturnType<typeof breadcrumbFor>, b: ReturnType<typeof breadcrumbFor>): boolean {
	return (
		a.length === b.length && a.every((step, i) => step.label === b[i]!.label && step.status === b[i]!.status)
	);
}
