import type { OmniEvent } from '@shared/protocol/events.schema';

/** The parts of the console's truth that events change; a read answers each at its own moment. */
type ReadPart = 'presence' | 'works' | 'workload';

const partOf = (event: OmniEvent): ReadPart =>
  event.type === 'workloadChanged'
    ? 'workload'
    : event.type === 'presenceChanged' || event.type === 'loggedIn' || event.type === 'loggedOut'
      ? 'presence'
      : 'works';

/** The console's events held while its truth is read (see ConsoleLink.holdEvents). */
export interface EventHold {
  keep(event: OmniEvent): void;
  /** The read's answer for `part` arrived: the events held so far are in it. */
  answered(part: ReadPart): void;
  /**
   * Ends the hold and passes on the events still to apply, in order: after a read that was
   * applied, those that came after their part's answer (the rest would replay older facts over
   * the fresh ones), and the latest presence event before the presence answer: a loaded console
   * answers late, with the presence as it was when asked, so that event may be newer than the
   * answer (the presence's events keep their order, so the latest one is then where it stands;
   * passed on when it is the answer's own, it changes nothing). After a read that failed or was
   * dropped, all of them. Once only.
   */
  release(applied: boolean): void;
}

export function createEventHold(emit: (event: OmniEvent) => void, ended: () => void): EventHold {
  const held: OmniEvent[] = [];
  const answeredAt: Partial<Record<ReadPart, number>> = {};
  return {
    keep: (event) => held.push(event),
    answered: (part) => (answeredAt[part] ??= held.length),
    release: (applied) => {
      ended();
      let latestPresence = Math.min(answeredAt.presence ?? 0, held.length) - 1;
      while (latestPresence >= 0 && partOf(held[latestPresence]) !== 'presence') latestPresence--;
      held
        .splice(0)
        .filter((event, i) => !applied || i >= (answeredAt[partOf(event)] ?? 0) || i === latestPresence)
        .forEach(emit);
    },
  };
}
