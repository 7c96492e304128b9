import { TestBed } from '@angular/core/testing';
import { BehaviorSubject } from 'rxjs';
import { checkOmniProps } from '@shared/contracts/omni-props.schema';
import { LOGGED_OUT_SESSION, type DcSession } from '@shared/dc-state/dc-session';
import { App } from './app';
import { appConfig } from './app.config';

describe('App (omni-root)', () => {
  async function render(rawProps: unknown) {
    TestBed.configureTestingModule({ imports: [App], providers: appConfig(checkOmniProps(rawProps)).providers });
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    return fixture;
  }

  it('explains a wrong contract version in an alert and starts nothing else', async () => {
    const el = (await render({ contractVersion: 3 })).nativeElement as HTMLElement;
    expect(el.querySelector('[role=alert]')?.textContent).toContain('Omni-Channel cannot start');
    expect(el.querySelector('[role=alert]')?.textContent).toContain(
      'contract version 3, but omni-mfe speaks custom props contract version 2',
    );
    expect(el.querySelector('omni-dc-session-view')).toBeNull();
  });

  it('runs the module with a store fed by the shell when the props conform', async () => {
    const session$ = new BehaviorSubject<DcSession>(LOGGED_OUT_SESSION);
    const fixture = await render({
      contractVersion: 1,
      dcSession$: session$,
      setDcState: () => Promise.resolve(),
      bridge: { url: 'http://127.0.0.1:4300/bridge.html', consoleOrigin: 'http://127.0.0.1:4300' },
      notReadyReasons: [],
    });
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('[role=alert]')).toBeNull();
    expect(el.textContent).toContain('Log in to Desktop Connect');

    session$.next({ loggedIn: true, agent: { id: '5', name: 'Agent 5' }, state: { kind: 'wrap-up' } });
    await fixture.whenStable();
    expect(el.textContent).toContain('DC state: Wrap-up');
  });
});
