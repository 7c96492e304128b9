import type { OmniMapping } from '@shared/mapping/omni-mapping';
import { step, type SyncCall, type SyncInput, type SyncWrite } from '../sync-core';
import { INITIAL_SYNC, type SyncState } from '../sync-state';
import { STATUSES, toOmni } from './sync-writes';

/** One step of the world around the sync: what humans, the console and the wire do. */
export type WorldOp =
  | { readonly op: 'humanDc'; readonly value: string }
  | { readonly op: 'humanOmni'; readonly value: string }
  | { readonly op: 'deliver' }
  | { readonly op: 'applyOmniWrite'; readonly refuse: boolean; readonly eventFirst: boolean }
  | { readonly op: 'reconnect' }
  /** The console delivers the first echo of ours on the wire last, after everything else. */
  | { readonly op: 'delayEcho' };

/** What the console sends back, in one ordered channel (the bridge's port). */
type FromConsole =
  | { readonly kind: 'event'; readonly value: string; readonly human: boolean; readonly duringOwnCall?: boolean }
  | { readonly kind: 'response'; readonly write: SyncWrite; readonly ok: boolean }
  | { readonly kind: 'checked'; readonly value: string };

/**
 * A model of both sides for property tests of the pure sync core, driven only through `step`
 * and its outbox, as the store and its effects drive it. DC answers at once (the shell's store
 * is in the same page); the console is across the wire: our writes queue up on the way there,
 * its events and answers on the way back, in one ordered channel, and a reconnect loses whatever
 * was on the wire and reads the console again. "Latest human action" is the latest the MFE
 * learns of, the only order it can know. A console `withReasons` tells who changed the status
 * (Lightning, Winter '26 on); one without (Classic, older Lightning) only has the adapter's fact
 * that an echo came while our call was in flight (the echo before the answer).
 */
export class SyncWorld {
  sync: SyncState = INITIAL_SYNC;
  dc: string;
  omni: string;
  private readonly toConsole: SyncCall[] = [];
  private readonly fromConsole: FromConsole[] = [];
  latestHuman: { side: 'dc' | 'omni'; value: string } | null = null;
  humans = 0;
  reconnects = 0;
  refusals = 0;
  /** Whether a human change was taken for a late echo of ours (see deliver). */
  humanTakenForEcho = false;
  /** Whether the console refused a write after the latest human action the MFE learned of. */
  refusalAfterLatestHuman = false;
  private now = 0;
  /** Whether the console's latest change was a human's (events may be delivered out of that order). */
  private lastChangeByHuman = false;

  constructor(
    private readonly mapping: OmniMapping,
    dc: string,
    omni: string,
    private readonly withReasons = true,
  ) {
    this.dc = dc;
    this.omni = omni;
    this.feed({ kind: 'dc', value: dc });
    this.feed({ kind: 'read', value: omni });
  }

  run(op: WorldOp): void {
    this.now += 1;
    switch (op.op) {
      // Choosing what a side already shows changes nothing and fires nothing (as in DC and the widget).
      case 'humanDc':
        if (op.value === this.dc) return;
        this.humans++;
        this.learnHuman('dc', op.value);
        this.dc = op.value;
        this.feed({ kind: 'dc', value: op.value });
        break;
      case 'humanOmni':
        if (op.value === this.omni) return;
        this.humans++;
        this.omni = op.value;
        this.lastChangeByHuman = true;
        this.fromConsole.push({ kind: 'event', value: op.value, human: true });
        break;
      case 'deliver':
        this.deliver();
        break;
      case 'applyOmniWrite':
        this.applyOmniWrite(op.refuse, op.eventFirst);
        break;
      case 'reconnect':
        this.reconnect();
        break;
      case 'delayEcho': {
        const i = this.fromConsole.findIndex((m) => m.kind === 'event' && !m.human);
        if (i >= 0) this.fromConsole.push(...this.fromConsole.splice(i, 1));
        break;
      }
    }
  }

  /** The console carries out the first call on the wire: its answer, and its echo before or after it. */
  private applyOmniWrite(refuse: boolean, eventFirst: boolean): void {
    const write = this.toConsole.shift();
    if (!write) return;
    if ('check' in write) {
      this.fromConsole.push({ kind: 'checked', value: this.omni });
      return;
    }
    if (refuse) {
      this.refusals++;
      this.fromConsole.push({ kind: 'response', write, ok: false });
      return;
    }
    const changed = this.omni !== write.value;
    this.omni = write.value;
    if (changed) this.lastChangeByHuman = false;
    const echo: FromConsole[] = changed
      ? [{ kind: 'event', value: write.value, human: false, duringOwnCall: eventFirst }]
      : [];
    const response: FromConsole = { kind: 'response', write, ok: true };
    this.fromConsole.push(...(eventFirst ? [...echo, response] : [response, ...echo]));
  }

  /** Lets everything through, in order, until nothing moves. */
  drain(maxSteps = 1000): void {
    for (let i = 0; i < maxSteps && (this.toConsole.length || this.fromConsole.length); i++) {
      if (this.toConsole.length) this.run({ op: 'applyOmniWrite', refuse: false, eventFirst: false });
      else this.run({ op: 'deliver' });
    }
  }

  get quiet(): boolean {
    return (
      !this.toConsole.length &&
      !this.fromConsole.length &&
      this.sync.pending.dc === null &&
      this.sync.pending.omni === null
    );
  }

  private learnHuman(side: 'dc' | 'omni', value: string): void {
    this.latestHuman = { side, value };
    this.refusalAfterLatestHuman = false;
  }

  private reconnect(): void {
    this.reconnects++;
    const lost = this.fromConsole.splice(0).filter((m) => m.kind === 'event');
    const lostWrite = this.toConsole.find((c): c is SyncWrite => !('check' in c))?.value ?? this.sync.pending.omni;
    // A human change found by the read is the latest, unless the console shows exactly the
    // write we lost: then it is taken as ours (it may well be), as the sync documents.
    if (lost.some((m) => m.human) && this.lastChangeByHuman && this.omni !== this.sync.omni && this.omni !== lostWrite)
      this.learnHuman('omni', this.omni);
    this.feed({ kind: 'unlinked' });
    // Requests on the old port are failed by the transport, answered or not.
    for (const write of this.toConsole.splice(0))
      if (!('check' in write)) this.feed({ kind: 'answer', write, outcome: 'lost' });
    if (this.sync.pending.omni !== null)
      this.feed({ kind: 'answer', write: toOmni(this.sync.pending.omni), outcome: 'lost' });
    this.feed({ kind: 'read', value: this.omni });
  }

  private deliver(): void {
    const message = this.fromConsole.shift();
    if (!message) return;
    if (message.kind === 'event') {
      if (message.human) this.learnHuman('omni', message.value);
      // Without reasons, the agent choosing the very status whose echo of ours is still due
      // cannot be told from that echo by any fact: it is taken for the echo.
      if (message.human && !this.withReasons && this.sync.echoes.includes(message.value)) this.humanTakenForEcho = true;
      const reason = message.human ? 'OmniManualStatusChange' : 'OmniToolkitStatusChange';
      const facts = this.withReasons ? { reason } : message.duringOwnCall ? { duringOwnCall: true } : {};
      this.feed({ kind: 'omni', value: message.value, ...facts });
    } else if (message.kind === 'checked') {
      this.feed({ kind: 'checked', value: message.value });
    } else if (message.ok) {
      this.feed({ kind: 'answer', write: message.write, outcome: 'ok' });
    } else {
      this.refusalAfterLatestHuman = true;
      this.feed({
        kind: 'answer',
        write: message.write,
        outcome: 'refused',
        message: 'The Salesforce console refused setServicePresenceStatus.',
      });
    }
  }

  /** One input through the core, then whatever it decided to write, as the effects would. */
  private feed(input: SyncInput, depth = 0): void {
    if (depth > 10) throw new Error('the sync kept deciding writes without the world moving: a loop');
    this.sync = step({ mapping: this.mapping, statuses: STATUSES, fits: true }, this.sync, input, this.now);
    for (const write of this.sync.outbox) {
      if (write.side === 'omni') this.toConsole.push(write);
      else {
        // DC applies at once, echoes through its session, then resolves the promise.
        this.dc = write.value;
        this.feed({ kind: 'dc', value: write.value }, depth + 1);
        this.feed({ kind: 'answer', write, outcome: 'ok' }, depth + 1);
      }
    }
  }
}
