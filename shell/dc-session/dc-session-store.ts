import { BehaviorSubject, type Observable } from 'rxjs';
import { LOGGED_OUT_SESSION, type DcSession } from '@shared/dc-state/dc-session';
import { DC_STATE_KINDS, type DcState, type DcStateKind, type NotReadyReason } from '@shared/dc-state/dc-state';

const AGENT_ID = /^[A-Za-z0-9._-]{1,64}$/;

/**
 * The Desktop Connect session: who is logged in and in which DC state. The shell owns it;
 * the header and omni-mfe (through `setDcState`) are its only writers.
 */
export class DcSessionStore {
  private readonly subject = new BehaviorSubject<DcSession>(LOGGED_OUT_SESSION);
  /** Replays the current session to every new subscriber. */
  readonly session$: Observable<DcSession> = this.subject.asObservable();

  constructor(private readonly reasons: readonly NotReadyReason[]) {}

  get current(): DcSession {
    return this.subject.value;
  }

  /** Logs an agent in; agents start Not Ready so no work reaches them before they choose. */
  login(agentId: string): void {
    const id = agentId.trim();
    if (!AGENT_ID.test(id)) {
      throw new Error('Enter an agent ID of letters, digits, dots, dashes or underscores (at most 64).');
    }
    this.subject.next({ loggedIn: true, agent: { id, name: `Agent ${id}` }, state: { kind: 'not-ready' } });
  }

  logout(): void {
    if (this.current.loggedIn) this.subject.next(LOGGED_OUT_SESSION);
  }

  /**
   * Applies a DC state asked for by the header or omni-mfe. `logged-out` logs the agent out.
   * Rejects, changing nothing, when the agent is not logged in or the state is not one DC knows.
   */
  setDcState(kind: DcStateKind, reason?: string): Promise<void> {
    try {
      const state = this.validate(kind, reason);
      if (state.kind === 'logged-out') this.logout();
      else if (this.current.state.kind !== state.kind || this.current.state.reason !== state.reason) {
        this.subject.next({ ...this.current, state });
      }
      return Promise.resolve();
    } catch (err) {
      return Promise.reject(err);
    }
  }

  private validate(kind: DcStateKind, reason: string | undefined): DcState {
    if (!(DC_STATE_KINDS as readonly string[]).includes(kind)) throw new Error(`"${String(kind)}" is not a DC state.`);
    if (!this.current.loggedIn) throw new Error('The agent is not logged in to Desktop Connect.');
    if (reason === undefined || reason === '') return { kind };
    if (kind !== 'not-ready') throw new Error(`Only Not Ready takes a reason; "${kind}" was given "${reason}".`);
    if (!this.reasons.some((r) => r.id === reason))
      throw new Error(`"${reason}" is not a Not Ready reason of this Desktop Connect.`);
    return { kind, reason };
  }
}
