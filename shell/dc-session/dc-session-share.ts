import type { DcSession } from '@shared/dc-state/dc-session';
import type { DcSessionStore } from './dc-session-store';

/** A session as one tab last set it: `at` orders changes across tabs, `by` breaks ties. */
interface Stamped {
  readonly session: DcSession;
  readonly at: number;
  readonly by: string;
}

type ShareMessage = { readonly kind: 'ask' } | ({ readonly kind: 'session' } & Stamped);

/**
 * Keeps the DC session the same in every Desktop Connect tab of this browser, as Desktop Connect's
 * server keeps the agent's state: log in once and every tab is logged in; a state chosen in one is
 * the state in all. A new tab asks the others for the session. Changes carry a counter (the
 * highest seen plus one) and the tab's id, so two tabs changing at once settle on the same one.
 * The channel is partitioned by top-level site in the console's frame, which is the sharing we
 * want: the tabs of one console. Returns the function that stops sharing.
 */
export function shareDcSession(store: DcSessionStore, name = 'dc-session'): () => void {
  const channel = new BroadcastChannel(name);
  const me = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
  let last: Stamped = { session: store.current, at: 0, by: me };
  let adopting = false;
  // eslint-disable-next-line no-restricted-syntax -- a BroadcastChannel reaches its own origin only.
  const post = (message: ShareMessage) => channel.postMessage(message);
  const newer = (a: Stamped, b: Stamped) => a.at > b.at || (a.at === b.at && a.by > b.by);
  const subscription = store.session$.subscribe((session) => {
    if (adopting || session === last.session) return;
    last = { session, at: last.at + 1, by: me };
    post({ kind: 'session', ...last });
  });
  channel.onmessage = (e: MessageEvent<ShareMessage>) => {
    const message = e.data;
    if (message.kind === 'ask') {
      if (last.at > 0) post({ kind: 'session', ...last });
      return;
    }
    const { session, at, by } = message;
    if (!newer({ session, at, by }, last)) return;
    last = { session, at, by };
    adopting = true;
    try {
      store.adopt(session);
    } finally {
      adopting = false;
    }
  };
  post({ kind: 'ask' });
  return () => {
    subscription.unsubscribe();
    channel.close();
  };
}
