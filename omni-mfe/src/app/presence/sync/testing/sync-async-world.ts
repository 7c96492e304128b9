import type { OmniMapping } from '@shared/mapping/omni-mapping';
import { OwnCalls } from '../../../../../console-side/adapters/own-calls';
import { PresenceRepeats } from '../../../../../console-side/adapters/presence-repeats';
import { step, type SyncCall, type SyncInput } from '../sync-core';
import { INITIAL_SYNC, type SyncState } from '../sync-state';
import type { Action, AsyncOp } from './sync-async-ops';
import { STATUSES } from './sync-writes';

/** A presence event on its way: the console's stream keeps its order (docs/QA.md, "Adverse timing"). */
export interface Sent {
  readonly value: string;
  readonly human: boolean;
}

/** The call the sync's effect has sent (one at a time: concatMap) and its fate. */
export interface Flight {
  readonly call: SyncCall;
  landed: boolean;
  read: string | null;
  settle: () => void;
}

/**
 * Both sides around the pure sync core, with the console as a loaded org is: a call reaches it
 * some time after omni-mfe sent it (the agent may act meanwhile), its answer comes some time
 * after that, and the presence events (the agent's and our calls') come in their own time:
 * before our answer, after it, long after it, twice. The adapter's own facts are the real ones
 * (OwnCalls, PresenceRepeats), keyed by status API name. DC answers at once (the shell's store
 * is in the same page). The agent's latest action is known two ways: `latestHuman`, in real time,
 * and `latestLearned`, in the order omni-mfe learns of actions (a DC choice at once, a widget
 * choice when its event comes). Omni-Channel's events carry no time, so when a widget choice's
 * event comes after a DC choice, nothing tells which came first: the sync may follow either.
 */
export class AsyncSyncWorld {
  sync: SyncState = INITIAL_SYNC;
  dc: string;
  omni: string;
  latestHuman: Action | null = null;
  latestLearned: Action | null = null;
  /**
   * On a console without reasons, the agent chose in the widget a status our call in flight sets
   * (or whose echo is still due): [Busy, Available, Busy] during our call for Busy may be the
   * agent's Busy, Available then our Busy, or ours then the agent's two; no fact tells which. The
   * sync then only has to settle on a pair, in sync with both sides, without flapping.
   */
  ambiguous = false;
  humans = 0;
  protected readonly own = new OwnCalls();
  private readonly repeats = new PresenceRepeats();
  protected readonly queued: SyncCall[] = [];
  protected readonly stream: Sent[] = [];
  protected flight: Flight | null = null;
  protected now = 0;

  constructor(
    private readonly mapping: OmniMapping,
    dc: string,
    omni: string,
    private readonly withReasons: boolean,
  ) {
    this.dc = dc;
    this.omni = omni;
    this.feed({ kind: 'dc', value: dc });
    this.feed({ kind: 'read', value: omni });
  }

  async run(op: AsyncOp): Promise<void> {
    this.now += 1;
    switch (op.op) {
      // Choosing what a side already shows changes nothing and fires nothing (as in DC and the widget).
      case 'humanDc':
        if (op.value === this.dc) return;
        this.humans++;
        this.latestHuman = this.latestLearned = { side: 'dc', value: op.value };
        this.dc = op.value;
        return this.feed({ kind: 'dc', value: op.value });
      case 'humanOmni':
        if (op.value === this.omni) return;
        this.humans++;
        this.latestHuman = { side: 'omni', value: op.value };
        this.change(op.value, true);
        return;
      case 'land':
        return this.land();
      case 'answer':
        return this.answer();
      case 'deliver':
        return this.deliver();
      case 'duplicate':
        if (this.stream.length > 0) this.stream.splice(1, 0, this.stream[0]);
        return;
    }
  }

  /** Lets everything through until nothing moves: calls land and are answered, events come. */
  async drain(maxSteps = 500): Promise<void> {
    for (let i = 0; i < maxSteps && !this.quiet; i++) await this.run(this.nextStep());
  }

  protected nextStep(): AsyncOp {
    if (this.flight && !this.flight.landed) return { op: 'land' };
    return this.stream.length > 0 ? { op: 'deliver' } : { op: 'answer' };
  }

  get quiet(): boolean {
    const { pending, check } = this.sync;
    return !this.flight && !this.stream.length && pending.dc === null && pending.omni === null && check === null;
  }

  /** The console's presence moves, and says so (nothing fires when it does not move). */
  private change(value: string, human: boolean): void {
    if (value === this.omni) return;
    this.omni = value;
    if (this.relays) this.stream.push({ value, human });
  }

  /** The console's events reach omni-mfe (not while the link is down: they are lost). */
  protected get relays(): boolean {
    return true;
  }

  private land(): void {
    const flight = this.flight;
    if (!flight || flight.landed) return;
    flight.landed = true;
    if ('check' in flight.call) flight.read = this.omni;
    else if (flight.call.side === 'omni') this.change(flight.call.value, false);
  }

  private async answer(): Promise<void> {
    const flight = this.flight;
    if (!flight?.landed) return;
    this.flight = null;
    flight.settle();
    // The adapter's own call is over (OwnCalls settles it) before its answer goes on to omni-mfe.
    for (let i = 0; i < 3; i++) await Promise.resolve();
    const { call } = flight;
    if ('check' in call) this.feed({ kind: 'checked', value: flight.read });
    else this.feed({ kind: 'answer', write: call, outcome: 'ok' });
    this.send();
  }

  /** As the Lightning adapter reports an event: a repeat dropped, a change during our call said so. */
  private deliver(): void {
    const sent = this.stream.shift();
    if (!sent) return;
    const reason = sent.human ? 'OmniManualStatusChange' : 'OmniToolkitStatusChange';
    if (this.repeats.repeated(`${sent.value} ${this.withReasons ? reason : ''}`)) return;
    if (sent.human) this.latestLearned = { side: 'omni', value: sent.value };
    const duringOwnCall = this.own.during(sent.value);
    if (sent.human && !this.withReasons && this.ownOutstanding(sent.value)) this.ambiguous = true;
    this.feed({
      kind: 'omni',
      value: sent.value,
      ...(this.withReasons ? { reason } : {}),
      ...(duringOwnCall ? { duringOwnCall } : {}),
    });
  }

  /** Our call for `value` is in flight, or its change is still on its way. */
  private ownOutstanding(value: string): boolean {
    const call = this.flight?.call;
    const inFlight = call !== undefined && !('check' in call) && call.side === 'omni' && call.value === value;
    return inFlight || this.stream.some((e) => !e.human && e.value === value) || this.sync.echoes.includes(value);
  }

  /** The effect sends the next Omni call once the one before was answered (concatMap). */
  protected send(): void {
    if (this.flight) return;
    const call = this.queued.shift();
    if (!call) return;
    let settle = () => undefined as void;
    const flight: Flight = { call, landed: false, read: null, settle: () => settle() };
    if (!('check' in call) && call.side === 'omni')
      void this.own.run(call.value, () => new Promise<void>((resolve) => (settle = resolve)));
    this.flight = flight;
  }

  /** One input through the core, then whatever it decided, as the effects would carry it out. */
  protected feed(input: SyncInput, depth = 0): void {
    if (depth > 10) throw new Error('the sync kept deciding writes without the world moving: a loop');
    this.sync = step({ mapping: this.mapping, statuses: STATUSES, fits: true }, this.sync, input, this.now);
    for (const call of this.sync.outbox) {
      if (call.side === 'omni') {
        this.queued.push(call);
        this.send();
      } else {
        // DC applies at once, shows it through its session, then resolves the promise.
        this.dc = call.value;
        this.feed({ kind: 'dc', value: call.value }, depth + 1);
        this.feed({ kind: 'answer', write: call, outcome: 'ok' }, depth + 1);
      }
    }
  }
}
