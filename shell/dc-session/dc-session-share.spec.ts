import { firstValueFrom, filter } from 'rxjs';
import { DcSessionStore } from './dc-session-store';
import { shareDcSession } from './dc-session-share';

const REASONS = [{ id: 'lunch', label: 'Lunch' }];

/** Two Desktop Connect tabs, as two stores sharing one channel name (each with its own channel). */
describe('shareDcSession', () => {
  let name: string;
  let stops: (() => void)[];

  beforeEach(() => {
    name = `dc-session-test-${Math.random()}`;
    stops = [];
  });
  afterEach(() => stops.forEach((stop) => stop()));

  function tab(): DcSessionStore {
    const store = new DcSessionStore(REASONS);
    stops.push(shareDcSession(store, name));
    return store;
  }

  const until = (store: DcSessionStore, kind: string) =>
    firstValueFrom(store.session$.pipe(filter((s) => s.state.kind === kind)));

  it('logs every tab in when one logs in, and carries a chosen state to the others', async () => {
    const [a, b] = [tab(), tab()];
    a.login('1001');
    await until(b, 'not-ready');
    expect(b.current.agent?.id).toBe('1001');
    await b.setDcState('ready');
    await until(a, 'ready');
    b.logout();
    await until(a, 'logged-out');
    expect(a.current.loggedIn).toBeFalse();
  });

  it('gives a tab opened later the session the others have', async () => {
    const a = tab();
    a.login('1001');
    await a.setDcState('not-ready', 'lunch');
    const c = tab();
    const session = await firstValueFrom(c.session$.pipe(filter((s) => s.loggedIn)));
    expect(session.state).toEqual({ kind: 'not-ready', reason: 'lunch' });
  });

  it('settles two tabs that change at once on the same state', async () => {
    const [a, b] = [tab(), tab()];
    a.login('1001');
    await until(b, 'not-ready');
    await Promise.all([a.setDcState('ready'), b.setDcState('wrap-up')]);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(a.current.state).toEqual(b.current.state);
  });
});
