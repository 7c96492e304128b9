import { DestroyRef, Injectable, inject } from '@angular/core';
import type { ConsoleConfig } from '@shared/contracts/omni-props';
import { BehaviorSubject, Subject } from 'rxjs';
import { OMNI_PROPS } from '../props/omni-props.token';
import { SpeakerElection, type SpeakerLocks, type SpeakerRole } from './speaker-election';
import type { Mirrored, SpeakerMessage } from './speaker-message';

/**
 * This omni-mfe's part among those of the same agent and org in the browser (one per console
 * tab): the speaker writes to Omni-Channel and acts on DC changes; followers show what it
 * publishes and pass the agent's work clicks to it. Web Locks decide who speaks
 * (speaker-election.ts), a broadcast channel of the same name carries the rest. Both are
 * partitioned by the top-level site of the console that frames Desktop Connect, which is the
 * group we want: the console tabs of one browser.
 */
@Injectable()
export class OmniSpeaker {
  /** The role; synchronous for the gate (speaker-gate.ts). */
  readonly role$ = new BehaviorSubject<SpeakerRole>('undecided');
  /** What followers receive: the speaker's state, and the clicks forwarded to the speaker. */
  readonly received$ = new Subject<SpeakerMessage>();
  private readonly org: string;
  private agent: string | null = null;
  private election: SpeakerElection | null = null;
  private channel: BroadcastChannel | null = null;
  private readonly locks: SpeakerLocks | null = globalThis.navigator?.locks ?? null;

  constructor() {
    const props = inject(OMNI_PROPS);
    this.org = orgOf(props.console);
    const pause = () => this.election?.pause();
    const resume = () => this.election?.resume();
    const onPageShow = (e: PageTransitionEvent) => e.persisted && resume();
    addEventListener('pagehide', pause);
    addEventListener('pageshow', onPageShow);
    document.addEventListener('freeze', pause);
    document.addEventListener('resume', resume);
    inject(DestroyRef).onDestroy(() => {
      removeEventListener('pagehide', pause);
      removeEventListener('pageshow', onPageShow);
      document.removeEventListener('freeze', pause);
      document.removeEventListener('resume', resume);
      this.leave();
      this.received$.complete();
      this.role$.complete();
    });
  }

  /** Joins the election of this org and agent (DC's agent id; none before the first DC login). */
  join(agentId: string | null): void {
    if (this.election && agentId === this.agent) return;
    if (this.election && agentId === null) return; // a DC logout keeps the agent's election
    this.leave();
    this.agent = agentId;
    const name = `omni-speaker:${this.org}:${agentId ?? ''}`;
    if (!this.locks) return this.role$.next('speaker'); // no Web Locks: speak alone, as before tabs were known
    this.channel = new BroadcastChannel(name);
    this.channel.onmessage = (e: MessageEvent<SpeakerMessage>) => this.received$.next(e.data);
    this.election = new SpeakerElection(this.locks, name, (role) => this.role$.next(role));
    this.election.start();
  }

  /** Makes this omni-mfe the speaker (the agent's "handle here", or Omni-Channel's session is here). */
  takeOver(): void {
    this.election?.takeOver();
  }

  publish(state: Mirrored): void {
    this.post({ kind: 'state', state });
  }

  post(message: SpeakerMessage): void {
    // eslint-disable-next-line no-restricted-syntax -- a BroadcastChannel reaches its own origin only.
    this.channel?.postMessage(message);
  }

  private leave(): void {
    this.election?.stop();
    this.election = null;
    this.channel?.close();
    this.channel = null;
    this.role$.next('undecided');
  }
}

/**
 * The org, as far as omni-mfe can tell: the console's origin (its My Domain). Classic names it in
 * the props; in Lightning it is the top window's origin, which Chrome lists in ancestorOrigins.
 */
function orgOf(config: ConsoleConfig): string {
  if (config.transport === 'bridge-iframe') return config.consoleOrigin;
  const ancestors = location.ancestorOrigins;
  if (ancestors?.length) return ancestors[ancestors.length - 1];
  try {
    return new URL(document.referrer).origin;
  } catch {
    return 'unknown-console';
  }
}
