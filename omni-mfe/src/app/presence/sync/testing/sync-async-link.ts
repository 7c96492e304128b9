import type { AsyncOp } from './sync-async-ops';
import { AsyncSyncWorld } from './sync-async-world';

/**
 * The async world with a link that drops and comes back (a bridge reload, a lost connection):
 * while it is down, the calls on it fail (a write `lost`: it may have landed), the agent may act
 * on either side and the console's events are lost. Back, the new session's read goes out, and
 * the console's events come again around it, in any order: before it lands, between its landing
 * and its answer, after it. The answer is the console as it was when the read landed.
 */
export class AsyncLinkWorld extends AsyncSyncWorld {
  drops = 0;
  private down = false;
  private reading: { value: string | null } | null = null;
  private widget: string | null = null;

  override async run(op: AsyncOp): Promise<void> {
    switch (op.op) {
      case 'drop':
        return this.drop();
      case 'reconnect':
        if (!this.down) return;
        this.now += 1;
        this.down = false;
        this.reading = { value: null };
        return this.feed({ kind: 'unlinked' });
      case 'read':
        return this.advanceRead();
      case 'humanOmni':
        this.widget = op.value;
        return super.run(op);
      default:
        // Nothing reaches a console that is out of reach.
        if (this.down && (op.op === 'land' || op.op === 'answer' || op.op === 'deliver')) return;
        return super.run(op);
    }
  }

  override get quiet(): boolean {
    return !this.down && this.reading === null && super.quiet;
  }

  protected override get relays(): boolean {
    return !this.down;
  }

  protected override nextStep(): AsyncOp {
    if (this.down) return { op: 'reconnect' };
    return this.reading ? { op: 'read' } : super.nextStep();
  }

  private drop(): void {
    if (this.down) return;
    this.now += 1;
    this.drops++;
    this.down = true;
    this.reading = null;
    this.stream.splice(0);
    this.feed({ kind: 'unlinked' });
    // The effect's calls fail one by one (concatMap): the one in flight, then those queued.
    const calls = this.flight ? [this.flight.call, ...this.queued.splice(0)] : this.queued.splice(0);
    this.flight?.settle();
    this.flight = null;
    for (const call of calls) {
      if ('check' in call) this.feed({ kind: 'checked', value: null });
      else this.feed({ kind: 'answer', write: call, outcome: 'lost' });
    }
  }

  private advanceRead(): void {
    if (!this.reading) return;
    if (this.reading.value === null) {
      this.reading.value = this.omni;
      return;
    }
    const value = this.reading.value;
    this.reading = null;
    this.now += 1;
    // A widget choice whose event was lost is learned of by this read: later than any DC choice.
    if (value !== this.sync.omni && value === this.widget) this.latestLearned = { side: 'omni', value };
    // A write of ours lost with the link may have landed, one whose echo was lost did: a read
    // showing its value, which the agent chose too, cannot tell whose it is.
    const ours = [this.sync.unconfirmedOmni, this.sync.pending.omni, this.sync.checkFor, ...this.sync.echoes];
    if (value === this.widget && ours.includes(value)) this.ambiguous = true;
    this.feed({ kind: 'read', value });
    this.send();
  }
}
