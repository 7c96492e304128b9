import { createApplication } from '@angular/platform-browser';
import { Store } from '@ngrx/store';
import { BehaviorSubject } from 'rxjs';
import { checkOmniProps } from '@shared/contracts/omni-props.schema';
import { LOGGED_OUT_SESSION, type DcSession } from '@shared/dc-state/dc-session';
import { appConfig } from './app.config';
import { OpenCtiDouble } from './console-link/testing/open-cti-double';
import { WorkItemPanelActions } from './work-items/state/work-items.actions';

const BRIDGE_URL = 'http://127.0.0.1:9/bridge.html';

describe('omni-mfe application lifecycle', () => {
  it('once destroyed, it lets go of the shell session, leaves no frame or node, and acts on nothing', async () => {
    const mount = document.createElement('div');
    document.body.append(mount);
    const session$ = new BehaviorSubject<DcSession>(LOGGED_OUT_SESSION);
    const check = checkOmniProps({
      contractVersion: 1,
      dcSession$: session$,
      setDcState: () => Promise.resolve(),
      // Nothing answers there: the bridge stays connecting, which is all this test needs.
      bridge: { url: BRIDGE_URL, consoleOrigin: 'http://127.0.0.1:9' },
      notReadyReasons: [],
      domElement: mount,
    });
    const app = await createApplication(appConfig(check));
    const store = app.injector.get(Store);
    const states: unknown[] = [];
    const sub = store.subscribe((s) => states.push(s));
    // The bridge iframe comes right after the first render.
    await new Promise((resolve) => setTimeout(resolve));
    const frames = () => document.querySelectorAll(`iframe[src^="${BRIDGE_URL}"]`).length;
    expect(frames()).toBe(1);
    expect(session$.observed).toBeTrue();
    // The probe sees a dispatch while the application lives: what follows can fail.
    const seen = states.length;
    store.dispatch(WorkItemPanelActions.launcherToggled());
    expect(states.length).toBe(seen + 1);

    app.destroy();
    const afterDestroy = states.length;
    store.dispatch(WorkItemPanelActions.launcherToggled());
    session$.next({ ...LOGGED_OUT_SESSION });
    await new Promise((resolve) => setTimeout(resolve));

    expect(states.length).withContext('a state emitted after destroy').toBe(afterDestroy);
    expect(sub.closed).withContext('the store stream ends with the application').toBeTrue();
    expect(mount.childNodes.length).toBe(0);
    expect(frames()).withContext('the bridge iframe is removed').toBe(0);
    // The effects let go of the shell's session stream.
    expect(session$.observed).toBeFalse();
    sub.unsubscribe();
    mount.remove();
  });

  it('in Lightning (contract 2, open-cti) creates no bridge iframe, subscribes through the props, and unsubscribes when destroyed', async () => {
    const mount = document.createElement('div');
    document.body.append(mount);
    const opencti = new OpenCtiDouble();
    const check = checkOmniProps({
      contractVersion: 2,
      dcSession$: new BehaviorSubject<DcSession>(LOGGED_OUT_SESSION),
      setDcState: () => Promise.resolve(),
      console: { transport: 'open-cti', channelName: 'dcOmniBridge__c', messageService: opencti.api },
      notReadyReasons: [],
      domElement: mount,
    });
    const app = await createApplication(appConfig(check));
    await new Promise((resolve) => setTimeout(resolve));
    await new Promise((resolve) => setTimeout(resolve));
    expect(mount.querySelector('iframe')).toBeNull();
    expect(document.querySelector('iframe[title="Omni-Channel console bridge"]')).toBeNull();
    expect(opencti.subscriberCount).toBe(1);
    app.destroy();
    await new Promise((resolve) => setTimeout(resolve));
    expect(opencti.subscriberCount).toBe(0);
    mount.remove();
  });
});
