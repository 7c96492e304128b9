import { TestBed } from '@angular/core/testing';
import { MockStore, provideMockStore } from '@ngrx/store/testing';
import type { DcSessionState } from './state/dc-session.feature';
import { OMNI_PROPS } from '../props/omni-props.token';
import { DcSessionView } from './dc-session-view';

describe('DcSessionView', () => {
  const loggedOut: DcSessionState = { loggedIn: false, agent: null, state: { kind: 'logged-out' } };

  async function render(state: DcSessionState) {
    TestBed.configureTestingModule({
      imports: [DcSessionView],
      providers: [
        provideMockStore({ initialState: { dcSession: state } }),
        { provide: OMNI_PROPS, useValue: { notReadyReasons: [{ id: 'lunch', label: 'Lunch' }] } },
      ],
    });
    const fixture = TestBed.createComponent(DcSessionView);
    await fixture.whenStable();
    return fixture;
  }

  it('asks a logged-out agent to log in to Desktop Connect', async () => {
    const fixture = await render(loggedOut);
    expect(fixture.nativeElement.textContent).toContain('Log in to Desktop Connect to use Omni-Channel.');
  });

  it("shows the agent and the DC state label with the shell's reasons, and follows the store", async () => {
    const fixture = await render({
      loggedIn: true,
      agent: { id: '9', name: 'Agent 9' },
      state: { kind: 'not-ready', reason: 'lunch' },
    });
    const text = () => (fixture.nativeElement as HTMLElement).textContent ?? '';
    expect(text()).toContain('Agent 9');
    expect(text()).toContain('DC state: Not Ready – Lunch');

    TestBed.inject(MockStore).setState({
      dcSession: { loggedIn: true, agent: { id: '9', name: 'Agent 9' }, state: { kind: 'on-call' } },
    });
    await fixture.whenStable();
    expect(text()).toContain('DC state: On Call');
  });

  it('renders names as text, never as markup', async () => {
    const fixture = await render({
      loggedIn: true,
      agent: { id: 'x', name: '<img src=x onerror=alert(1)>' },
      state: { kind: 'ready' },
    });
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('img')).toBeNull();
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
