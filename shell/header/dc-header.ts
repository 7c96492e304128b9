import type { Subscription } from 'rxjs';
import {
  dcStateKey,
  dcStateLabel,
  parseDcStateKey,
  selectableDcStates,
  type NotReadyReason,
} from '@shared/dc-state/dc-state';
import type { DcSessionStore } from '../dc-session/dc-session-store';
import { element } from '../dom/element';
import type { ShellMessages } from '../i18n/shell-messages';

/**
 * The DC header: log in by agent ID, pick a DC state, log out. Renders into `host` and keeps
 * itself in step with the session, whoever changes it. Returns a function that removes it.
 */
export function mountDcHeader(
  host: HTMLElement,
  store: DcSessionStore,
  reasons: readonly NotReadyReason[],
  t: ShellMessages,
): () => void {
  const doc = host.ownerDocument;
  const agentId = element(doc, 'input', {
    name: 'agentId',
    autocomplete: 'username',
    required: '',
  }) as HTMLInputElement;
  const loginForm = element(
    doc,
    'form',
    { class: 'dc-login' },
    element(doc, 'label', {}, `${t.agentId} `, agentId),
    element(doc, 'button', { type: 'submit' }, t.logIn),
  );
  const stateSelect = element(doc, 'select', { name: 'dcState' }) as HTMLSelectElement;
  stateSelect.append(
    ...selectableDcStates(reasons).map((s) =>
      element(doc, 'option', { value: dcStateKey(s) }, dcStateLabel(s, reasons, t.dcStates)),
    ),
  );
  const agentName = element(doc, 'span', { class: 'dc-agent-name' });
  const logoutButton = element(doc, 'button', { type: 'button' }, t.logOut);
  const agentBar = element(
    doc,
    'div',
    { class: 'dc-agent' },
    agentName,
    element(doc, 'label', {}, `${t.dcState} `, stateSelect),
    logoutButton,
  );
  const message = element(doc, 'p', { class: 'dc-header-message', role: 'alert' });
  host.append(loginForm, agentBar, message);

  const say = (text: string) => (message.textContent = text);
  const onLogin = (event: SubmitEvent) => {
    event.preventDefault();
    try {
      store.login(agentId.value);
      say('');
    } catch {
      // The only refusal is an ID of the wrong shape; the store words it in English for callers.
      say(t.agentIdRefused);
    }
  };
  const onStateChosen = () => {
    const state = parseDcStateKey(stateSelect.value);
    if (!state) return;
    store.setDcState(state.kind, state.reason).then(
      () => say(''),
      (err: Error) => say(t.dcStateRefused(err.message)),
    );
  };
  const onLogout = () => store.logout();
  loginForm.addEventListener('submit', onLogin);
  stateSelect.addEventListener('change', onStateChosen);
  logoutButton.addEventListener('click', onLogout);

  const subscription: Subscription = store.session$.subscribe((session) => {
    loginForm.hidden = session.loggedIn;
    agentBar.hidden = !session.loggedIn;
    agentName.textContent = session.agent?.name ?? '';
    if (session.loggedIn) stateSelect.value = dcStateKey(session.state);
  });

  return () => {
    subscription.unsubscribe();
    loginForm.removeEventListener('submit', onLogin);
    stateSelect.removeEventListener('change', onStateChosen);
    logoutButton.removeEventListener('click', onLogout);
    host.replaceChildren();
  };
}
