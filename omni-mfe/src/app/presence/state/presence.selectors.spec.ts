import type { ConsoleLinkState } from '../../console-link/state/console-link.feature';
import { INITIAL_SYNC } from '../sync/sync-state';
import { selectSyncHealth } from './presence.selectors';

describe('sync health', () => {
  const presence = { mapping: {}, mappingProblems: [], sync: INITIAL_SYNC } as never;
  const link = (status: ConsoleLinkState['status'], problem: ConsoleLinkState['problem'] = null): ConsoleLinkState => ({
    status,
    readError: null,
    connectionError: null,
    problem,
  });

  it('is an error once the handshake is known to fail, as once it has failed; merely reconnecting, it is syncing', () => {
    expect(selectSyncHealth.projector(presence, link('reconnecting'), true).health).toBe('syncing');
    expect(
      selectSyncHealth.projector(
        presence,
        link('reconnecting', { kind: 'refused', dcOrigin: 'https://dc.example.com' }),
        true,
      ),
    ).toEqual({ health: 'error', detail: 'The Salesforce console cannot be reached.' });
    expect(selectSyncHealth.projector(presence, link('failed'), true).health).toBe('error');
  });
});
