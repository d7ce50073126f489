import { heightMessageType } from '../simulator/embedHeight';

/**
 * The HTML a learning platform or intranet page pastes to show the practice portal: the frame,
 * and a listener that sets the frame's height from the embed page's messages, accepted only
 * from the site's own origin.
 */
export function embedSnippet(embedAddress: string): string {
	const origin = new URL(embedAddress).origin;
	return [
		`<iframe id="password-practice" src="${embedAddress}" title="Password reset practice"`,
		`  style="width: 100%; height: 900px; border: 0"></iframe>`,
		`<script>`,
		`  window.addEventListener('message', (event) => {`,
		`    if (event.origin !== '${origin}' || event.data?.type !== '${heightMessageType}') return;`,
		`    document.getElementById('password-practice').style.height = event.data.height + 'px';`,
		`  });`,
		`</script>`,
	].join('\n');
}
