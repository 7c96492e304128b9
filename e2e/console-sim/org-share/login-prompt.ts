import { h } from '../page/dom';
import type { SharedOrg } from './shared-org';

/**
 * What a console tab's Omni-Channel does as it loads while another tab holds the agent's session:
 * it logs in here, taking the session (the other tab is logged out), or, with the org's auto-login
 * prompt on, asks first. `logIn` logs in with the org's current status.
 */
export function joinSession(org: SharedOrg, widget: HTMLElement, logIn: () => void): void {
  if (org.seesSession) return;
  if (!org.autoLoginPrompt) return logIn();
  const button = h('button', { type: 'button' }, 'Log in here');
  const prompt = h(
    'div',
    { role: 'alertdialog', 'aria-label': 'Omni-Channel login', class: 'login-prompt' },
    h('p', {}, 'You are logged in to Omni-Channel in another tab. Log in here instead?'),
    button,
  );
  button.addEventListener('click', () => {
    prompt.remove();
    logIn();
  });
  widget.prepend(prompt);
}
