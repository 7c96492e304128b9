import { SHELL_MESSAGES } from '../i18n/shell-messages';
import { DEFAULT_NOT_READY_REASONS } from '@shared/dc-state/dc-state';
import { notReadyReasonsIn } from '@shared/dc-state/dc-vocabulary';
import { DcSessionStore } from '../dc-session/dc-session-store';
import { mountDcHeader } from './dc-header';

describe('DC header', () => {
  let host: HTMLElement;
  let store: DcSessionStore;
  let unmount: () => void;
  const q = <T extends Element>(selector: string) => host.querySelector(selector) as T;

  beforeEach(() => {
    host = document.createElement('div');
    document.body.append(host);
    store = new DcSessionStore(DEFAULT_NOT_READY_REASONS);
    unmount = mountDcHeader(host, store, DEFAULT_NOT_READY_REASONS, SHELL_MESSAGES.en);
  });

  afterEach(() => {
    unmount();
    host.remove();
  });

  function logIn(id: string): void {
    q<HTMLInputElement>('input[name=agentId]').value = id;
    q<HTMLFormElement>('form').requestSubmit();
  }

  it('shows only the login form while logged out', () => {
    expect(q<HTMLFormElement>('form').hidden).toBeFalse();
    expect(q<HTMLElement>('.dc-agent').hidden).toBeTrue();
  });

  it('logs in from the form and shows the agent and the state selector', () => {
    logIn('1001');
    expect(store.current.agent?.id).toBe('1001');
    expect(q<HTMLFormElement>('form').hidden).toBeTrue();
    expect(q<HTMLElement>('.dc-agent-name').textContent).toBe('Agent 1001');
    expect(q<HTMLSelectElement>('select').value).toBe('not-ready');
  });

  it('lists the DC states by label and applies the chosen one', async () => {
    logIn('1001');
    const select = q<HTMLSelectElement>('select');
    expect(Array.from(select.options, (o) => o.text)).toEqual([
      'Ready',
      'Not Ready',
      'Not Ready – Break',
      'Not Ready – Lunch',
      'Not Ready – Training',
      'On Call',
      'Wrap-up',
    ]);
    select.value = 'not-ready:break';
    select.dispatchEvent(new Event('change'));
    await Promise.resolve();
    expect(store.current.state).toEqual({ kind: 'not-ready', reason: 'break' });
  });

  it('follows state changes made elsewhere (by omni-mfe)', async () => {
    logIn('1001');
    await store.setDcState('wrap-up');
    expect(q<HTMLSelectElement>('select').value).toBe('wrap-up');
  });

  it('shows why a login was refused', () => {
    logIn('no spaces');
    expect(q<HTMLElement>('[role=alert]').textContent).toContain('Enter an agent ID');
    expect(store.current.loggedIn).toBeFalse();
  });

  it('logs out from the button', () => {
    logIn('1001');
    q<HTMLButtonElement>('.dc-agent button').click();
    expect(store.current.loggedIn).toBeFalse();
    expect(q<HTMLFormElement>('form').hidden).toBeFalse();
  });

  it('removes itself and stops listening when unmounted', () => {
    const name = q<HTMLElement>('.dc-agent-name');
    unmount();
    expect(host.childNodes.length).toBe(0);
    // Were the session still observed, the detached header would go on updating.
    store.login('1001');
    expect(name.textContent).toBe('');
    unmount = () => undefined;
  });
});

describe('DC header in German', () => {
  it('labels its controls, states and refusals in German', () => {
    const host = document.createElement('div');
    document.body.append(host);
    const t = SHELL_MESSAGES.de;
    const reasons = notReadyReasonsIn('de');
    const unmount = mountDcHeader(host, new DcSessionStore(reasons), reasons, t);
    const labels = Array.from(host.querySelectorAll('label')).map((l) => l.firstChild?.textContent?.trim());
    expect(labels).toEqual(['Agenten-ID', 'DC-Status']);
    expect(Array.from(host.querySelectorAll('button')).map((b) => b.textContent)).toEqual(['Anmelden', 'Abmelden']);
    expect(Array.from(host.querySelectorAll('option')).map((o) => o.textContent)).toEqual([
      'Bereit',
      'Nicht bereit',
      'Nicht bereit – Pause',
      'Nicht bereit – Mittagspause',
      'Nicht bereit – Schulung',
      'Im Gespräch',
      'Nachbearbeitung',
    ]);
    (host.querySelector('input[name=agentId]') as HTMLInputElement).value = 'not an id!';
    host.querySelector('form')!.requestSubmit();
    expect(host.querySelector('[role=alert]')!.textContent).toMatch(/^Geben Sie eine Agenten-ID/);
    unmount();
    host.remove();
  });
});
