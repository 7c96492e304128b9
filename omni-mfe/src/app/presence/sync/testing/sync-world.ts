import type { OmniMapping } from '@shared/mapping/omni-mapping';
import { nextWrites, observeDc, observeOmni, writeFailed, writesStarted, writeSucceeded, type SyncWrite } from '../sync-core';
import { INITIAL_SYNC, type SyncState } from '../sync-state';

/** One step of the world around the sync: what humans, the console and the wire do. */
export type WorldOp =
  | { readonly op: 'humanDc'; readonly value: string }
  | { readonly op: 'humanOmni'; readonly value: string }
  | { readonly op: 'deliver' }
  | { readonly op: 'applyOmniWrite'; readonly refuse: boolean; readonly eventFirst: boolean }
  | { readonly op: 'reconnect' };

/** What the console sends back, in one ordered channel (the bridge's port). */
type FromConsole = { readonly kind: 'event'; readonly value: string; readonly human: boolean } | { readonly kind: 'response'; readonly write: SyncWrite; readonly ok: boolean };

/**
 * A model of both sides for property tests of the pure sync core. DC answers at once (the
 * shell's store is in the same page); the console is across the wire: our writes queue up on
 * the way there, its events and responses on the way back, in one ordered channel, and a
 * reconnect loses whatever was on the wire and re-reads the console. "Latest human action" is
 * the latest the MFE learns of, the only order it can know.
 */
export class SyncWorld {
  sync: SyncState = INITIAL_SYNC;
  dc: string;
  omni: string;
  private readonly toConsole: SyncWrite[] = [];
  private readonly fromConsole: FromConsole[] = [];
  latestHuman: { side: 'dc' | 'omni'; value: string } | null = null;
  humans = 0;
  reconnects = 0;
  refusals = 0;
  private now = 0;

  constructor(
    private readonly mapping: OmniMapping,
    dc: string,
    omni: string,
  ) {
    this.dc = dc;
    this.omni = omni;
    this.sync = observeDc(mapping, this.sync, dc, 0);
    this.sync = observeOmni(mapping, this.sync, omni, { via: 'resync' }, 0);
    this.flushWrites();
  }

  run(step: WorldOp): void {
    this.now += 1;
    switch (step.op) {
      // Choosing what a side already shows changes nothing and fires nothing (as in DC and the widget).
      case 'humanDc':
        if (step.value === this.dc) return;
        this.humans++;
        this.latestHuman = { side: 'dc', value: step.value };
        this.dc = step.value;
        this.sync = observeDc(this.mapping, this.sync, step.value, this.now);
        break;
      case 'humanOmni':
        if (step.value === this.omni) return;
        this.humans++;
        this.omni = step.value;
        this.fromConsole.push({ kind: 'event', value: step.value, human: true });
        break;
      case 'deliver':
        this.deliver();
        break;
      case 'applyOmniWrite': {
        const write = this.toConsole.shift();
        if (!write) return;
        if (step.refuse) {
          this.refusals++;
          this.fromConsole.push({ kind: 'response', write, ok: false });
          break;
        }
        const changed = this.omni !== write.value;
        this.omni = write.value;
        const echo: FromConsole[] = changed ? [{ kind: 'event', value: write.value, human: false }] : [];
        const response: FromConsole = { kind: 'response', write, ok: true };
        this.fromConsole.push(...(step.eventFirst ? [...echo, response] : [response, ...echo]));
        break;
      }
      case 'reconnect': {
        this.reconnects++;
        const lost = this.fromConsole.splice(0).filter((m) => m.kind === 'event');
        const lostWrite = this.toConsole[0]?.value ?? this.sync.pending.omni;
        // A human change found by the resync is the latest, unless the console shows exactly the
        // write we lost: then it is taken as ours (it may well be), as the sync documents.
        if (lost[lost.length - 1]?.human && this.omni !== this.sync.omni && this.omni !== lostWrite) this.latestHuman = { side: 'omni', value: this.omni };
        // Requests on the old port are failed by the bridge connection, answered or not.
        for (const write of [...this.toConsole.splice(0)]) this.sync = writeFailed(this.sync, write, 'disconnected', true, this.now);
        if (this.sync.pending.omni !== null) this.sync = writeFailed(this.sync, { side: 'omni', value: this.sync.pending.omni }, 'disconnected', true, this.now);
        this.sync = observeOmni(this.mapping, this.sync, this.omni, { via: 'resync' }, this.now);
        break;
      }
    }
    this.flushWrites();
  }

  /** Lets everything through, in order, until nothing moves. */
  drain(maxSteps = 1000): void {
    for (let i = 0; i < maxSteps && (this.toConsole.length || this.fromConsole.length); i++) {
      if (this.toConsole.length) this.run({ op: 'applyOmniWrite', refuse: false, eventFirst: false });
      else this.run({ op: 'deliver' });
    }
  }

  get quiet(): boolean {
    return !this.toConsole.length && !this.fromConsole.length && this.sync.pending.dc === null && this.sync.pending.omni === null;
  }

  private deliver(): void {
    const message = this.fromConsole.shift();
    if (!message) return;
    if (message.kind === 'event') {
      if (message.human) this.latestHuman = { side: 'omni', value: message.value };
      // The bridge tags the changes our own calls cause, as Lightning does.
      const reason = message.human ? 'OmniManualStatusChange' : 'OmniToolkitStatusChange';
      this.sync = observeOmni(this.mapping, this.sync, message.value, { via: 'event', reason }, this.now);
    } else {
      this.sync = message.ok
        ? writeSucceeded(this.sync, message.write, this.now)
        : writeFailed(this.sync, message.write, 'The Salesforce console refused setServicePresenceStatus.', false, this.now);
    }
  }

  private flushWrites(): void {
    for (let guard = 0; guard < 10; guard++) {
      const writes = nextWrites(this.sync);
      if (!writes.length) return;
      this.sync = writesStarted(this.sync, writes);
      for (const write of writes) {
        if (write.side === 'omni') this.toConsole.push(write);
        else {
          // DC applies at once, echoes through its session, then resolves the promise.
          this.dc = write.value;
          this.sync = observeDc(this.mapping, this.sync, write.value, this.now);
          this.sync = writeSucceeded(this.sync, write, this.now);
        }
      }
    }
    throw new Error('the sync asked for writes ten times in a row without the world moving: a loop');
  }
}
