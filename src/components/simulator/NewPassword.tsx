import { useState, type SubmitEvent } from 'react';
import { describePasswordPolicy, passwordStrength } from '../../rules/password';
import { useOrganization, useSend, useSimulator } from './context';
import { Field, formText } from './Field';
import { ScreenActions } from './ScreenActions';

export function NewPassword() {
	const send = useSend();
	const { passwordPolicy, organizationName } = useOrganization();
	const userName = useSimulator((snapshot) => snapshot.context.userName);
	const errors = useSimulator((snapshot) => snapshot.context.errors);
	const [password, setPassword] = useState('');
	const strength = passwordStrength(password, { policy: passwordPolicy, organizationName, userName });

	const submit = (event: SubmitEvent<HTMLFormElement>) => {
		event.preventDefault();
		send({
			type: 'password.submit',
			password: formText(event.currentTarget, 'password'),
			confirmation: formText(event.currentTarget, 'confirmation'),
		});
	};

	return (
		<form onSubmit={submit} noValidate>
			<p className="sim-practice-hint">Practice only: make up a password. Never type a real one here.</p>
			<Field
				label="Enter new password"
				name="password"
				type="password"
				autoComplete="new-password"
				required
				value={password}
				onChange={(event) => setPassword(event.target.value)}
				hint={describePasswordPolicy(passwordPolicy)}
				error={errors.password}
			/>
			<div className="sim-strength" data-level={strength.level}>
				<meter
					min={0}
					max={4}
					low={2}
					high={3}
					optimum={4}
					value={strength.level}
					aria-label="Password strength"
				/>
				<span aria-live="polite">Password strength: {strength.label}</span>
			</div>
			<Field
				label="Confirm new password"
				name="confirmation"
				type="password"
				autoComplete="new-password"
				required
				error={errors.confirmation}
			/>
			<ScreenActions primary="Finish" />
		</form>
	);
}
