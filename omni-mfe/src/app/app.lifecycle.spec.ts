import { createApplication } from '@angular/platform-browser';
import { Store } from '@ngrx/store';
import { BehaviorSubject } from 'rxjs';
import { checkOmniProps } from '@shared/contracts/omni-props.schema';
import { LOGGED_OUT_SESSION, type DcSession } from '@shared/dc-state/dc-session';
import { appConfig } from './app.config';
import { WorkItemPanelActions } from './work-items/state/work-items.actions';

describe('omni-mfe application lifecycle', () => {
  it('after it is destroyed, a dispatched action changes nothing and nothing is left in its element', async () => {
    const mount = document.createElement('div');
    document.body.append(mount);
    const session$ = new BehaviorSubject<DcSession>(LOGGED_OUT_SESSION);
    const check = checkOmniProps({
      contractVersion: 1,
      dcSession$: session$,
      setDcState: () => Promise.resolve(),
      // Nothing answers there: the bridge stays connecting, which is all this test needs.
      bridge: { url: 'http://127.0.0.1:9/bridge.html', consoleOrigin: 'http://127.0.0.1:9' },
      notReadyReasons: [],
    });
    const app = await createApplication(appConfig(check, mount));
    const store = app.injector.get(Store);
    let last: unknown;
    const sub = store.subscribe((s) => (last = s));
    // The bridge iframe comes right after the first render.
    await new Promise((resolve) => setTimeout(resolve));
    expect(mount.querySelector('iframe')).not.toBeNull();
    expect(session$.observed).toBeTrue();

    app.destroy();
    const before = JSON.stringify(last);
    store.dispatch(WorkItemPanelActions.launcherToggled());
    expect(JSON.stringify(last)).toBe(before);
    expect(mount.childNodes.length).toBe(0);
    // The effects let go of the shell's session stream.
    expect(session$.observed).toBeFalse();
    sub.unsubscribe();
    mount.remove();
  });
});
