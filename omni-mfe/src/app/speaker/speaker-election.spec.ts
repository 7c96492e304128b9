import fc from 'fast-check';
import { SpeakerElection, type SpeakerRole } from './speaker-election';
import { FakeLocks } from './testing/fake-locks';

/** The fake's microtasks have run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** The browser's lock manager has answered (it answers from its own process). */
const answered = () => new Promise((resolve) => setTimeout(resolve, 300));

function tab(locks: SpeakerLocks, name: string): { election: SpeakerElection; roles: SpeakerRole[] } {
  const roles: SpeakerRole[] = [];
  return { election: new SpeakerElection(locks, name, (role) => roles.push(role)), roles };
}
type SpeakerLocks = ConstructorParameters<typeof SpeakerElection>[0];

describe('SpeakerElection, on the browser’s own Web Locks', () => {
  let name: string;
  beforeEach(() => (name = `omni-speaker-test-${Math.random()}`));

  it('lets the first speak and the second follow, then hands over when the first leaves', async () => {
    const a = tab(navigator.locks, name);
    const b = tab(navigator.locks, name);
    a.election.start();
    await answered();
    b.election.start();
    await answered();
    expect([a.election.current, b.election.current]).toEqual(['speaker', 'follower']);
    a.election.stop();
    await answered();
    expect([a.election.current, b.election.current]).toEqual(['undecided', 'speaker']);
    b.election.stop();
  });

  it('gives the speech to the one that takes over; the other follows and waits its turn', async () => {
    const a = tab(navigator.locks, name);
    const b = tab(navigator.locks, name);
    a.election.start();
    await answered();
    b.election.start();
    await answered();
    b.election.takeOver();
    await answered();
    expect([a.election.current, b.election.current]).toEqual(['follower', 'speaker']);
    b.election.pause();
    await answered();
    expect(a.election.current).toBe('speaker');
    b.election.resume();
    await answered();
    expect(b.election.current).toBe('follower');
    a.election.stop();
    b.election.stop();
    expect(a.roles).toEqual(['speaker', 'follower', 'speaker', 'undecided']);
  });
});

type Op = { readonly op: 'open' } | { readonly op: 'close' | 'freeze' | 'resume' | 'takeOver'; readonly tab: number };

/**
 * Model-based: tabs opening, closing, freezing, resuming and taking over in any order. Once the
 * browser has run what each step set going, exactly one tab that is open and not frozen speaks
 * (none when there is no such tab), and it is the lock's holder: never two, never none.
 */
describe('SpeakerElection (model-based property)', () => {
  const opArb: fc.Arbitrary<Op> = fc.oneof(
    { weight: 3, arbitrary: fc.constant<Op>({ op: 'open' }) },
    ...(['close', 'freeze', 'resume', 'takeOver'] as const).map((op) => ({
      weight: 2,
      arbitrary: fc.nat(5).map((t): Op => ({ op, tab: t })),
    })),
  );

  it('keeps exactly one speaker among the live tabs', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(opArb, { minLength: 1, maxLength: 25 }), async (ops) => {
        const locks = new FakeLocks();
        const tabs: { id: string; election: SpeakerElection; state: 'live' | 'frozen' | 'closed' }[] = [];
        for (const step of ops) {
          if (step.op === 'open') {
            const id = `tab-${tabs.length}`;
            const election = new SpeakerElection(locks.forTab(id), 'omni-speaker:org:1001', () => undefined);
            tabs.push({ id, election, state: 'live' });
            election.start();
          } else {
            const t = tabs[step.tab];
            if (!t || t.state === 'closed') continue;
            if (step.op === 'close') {
              t.state = 'closed';
              locks.closeTab(t.id);
            } else if (step.op === 'freeze') {
              t.state = 'frozen';
              t.election.pause();
            } else if (step.op === 'resume') {
              t.state = 'live';
              t.election.resume();
            } else if (t.state === 'live') t.election.takeOver();
          }
          await settle();
          const live = tabs.filter((x) => x.state === 'live');
          const speakers = live.filter((x) => x.election.current === 'speaker');
          expect(speakers.length).toBe(live.length ? 1 : 0);
          expect(tabs.filter((x) => x.state === 'frozen' && x.election.current === 'speaker')).toEqual([]);
          if (speakers.length) expect(locks.heldBy).toBe(speakers[0].id);
        }
      }),
      { numRuns: 200 },
    );
  });
});
