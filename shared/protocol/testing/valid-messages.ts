import fc from 'fast-check';
import { BRIDGE_PROTO } from '../envelope';

/**
 * Messages the protocol defines, generated with valid payloads, for the intake properties
 * (intake.properties.ts): each must pass the parser exactly as sent.
 */
/** An envelope id as the protocol allows it, written out here rather than taken from the parser. */
export const ID = /^[A-Za-z0-9_.:-]{1,64}$/;
const id = fc.stringMatching(ID);
const text = fc.string({ maxLength: 40 });
const channel = fc.record({ channelId: id, developerName: text });
const status = fc.record({
  statusId: id,
  statusName: text,
  statusApiName: text,
  channels: fc.array(channel, { maxLength: 3 }),
});
const work = fc.record({ workId: id, workItemId: id });
const agentWork = fc.record(
  {
    workId: id,
    workItemId: id,
    isEngaged: fc.boolean(),
    status: fc.constantFrom('Assigned', 'Opened', 'Closed'),
    type: fc.constantFrom('Case', 'Lead', 'Chat'),
    label: text,
    priority: fc.nat(100),
  },
  { requiredKeys: ['workId', 'workItemId', 'isEngaged'] },
);
const env = (kind: string, type: string, payload: fc.Arbitrary<object>, withId = false) =>
  fc.record({
    proto: fc.constant(BRIDGE_PROTO),
    v: fc.constant(1),
    kind: fc.constant(kind),
    type: fc.constant(type),
    payload,
    ...(withId ? { id } : {}),
  });

export const validMessage = fc.oneof(
  env(
    'hello',
    'hello',
    fc.record({
      adapter: fc.constantFrom('simulator', 'salesforce-classic', 'salesforce-lightning'),
      consoleMode: fc.boolean(),
    }),
  ),
  env('welcome', 'welcome', fc.constant({})),
  env('refused', 'refused', fc.constant({ reason: 'dc-origin-not-allowed' })),
  env('ping', 'ping', fc.constant({}), true),
  env('pong', 'pong', fc.constant({}), true),
  env('request', 'setPresence', fc.record({ statusId: id }), true),
  env(
    'request',
    'declineWork',
    fc.record({ workId: id, reason: text.filter((r) => r.length > 0) }, { requiredKeys: ['workId'] }),
    true,
  ),
  env('request', 'getAgentWorks', fc.constant({}), true),
  env('request', 'raiseFlag', fc.record({ workId: id, message: text.filter((m) => m.length > 0) }), true),
  env(
    'response',
    'setPresence',
    fc.oneof(
      fc.record({ ok: fc.constant(true), result: status }),
      fc.record({
        ok: fc.constant(false),
        error: fc.record({ code: fc.constantFrom('timeout', 'console'), message: text }),
      }),
    ),
    true,
  ),
  env(
    'event',
    'presenceChanged',
    fc.record(
      {
        statusId: id,
        statusName: text,
        statusApiName: text,
        channels: fc.array(channel, { maxLength: 3 }),
        reason: fc.constantFrom('OmniToolkitStatusChange', 'OmniPushTimeout'),
        duringOwnCall: fc.boolean(),
      },
      { requiredKeys: ['statusId', 'statusName', 'statusApiName', 'channels'] },
    ),
  ),
  env('event', 'workAssigned', agentWork),
  env('event', 'workAccepted', work),
  env('event', 'workClosed', work),
  env(
    'event',
    'workFlagChanged',
    fc.record(
      { workId: id, isFlagged: fc.boolean(), message: text, role: fc.constantFrom('AGENT', 'SUPERVISOR') },
      { requiredKeys: ['workId', 'isFlagged', 'role'] },
    ),
  ),
  env(
    'event',
    'workloadChanged',
    fc.record({ configuredCapacity: fc.nat(20), previousWorkload: fc.nat(20), newWorkload: fc.nat(20) }),
  ),
);
