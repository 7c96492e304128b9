import { selectConsoleConnection } from './console-connection';
import type { LinkProblem } from './link-problem';
import type { ConsoleLinkState } from './state/console-link.feature';

/** What status "Console connection" says of the Lightning transport's other problems (the view's own spec has the rest). */
describe('console connection in words', () => {
  const said = (status: ConsoleLinkState['status'], problem: LinkProblem | null) =>
    selectConsoleConnection.projector({ status, readError: null, connectionError: null, problem });
  const channel = 'dcOmniBridge__c';

  it('a relay that stopped answering, and a subscription refused or never confirmed', () => {
    expect(said('reconnecting', { kind: 'relay-silent' })).toEqual({
      text: 'Reconnecting to the Salesforce console… The Omni-Channel relay in the Salesforce utility bar stopped answering.',
      problem: true,
    });
    expect(
      said('reconnecting', { kind: 'subscribe-refused', channel, errors: 'GENERIC_ERROR: No such channel' }).text,
    ).toBe(
      'Reconnecting to the Salesforce console… Open CTI could not subscribe to the message channel dcOmniBridge__c (GENERIC_ERROR: No such channel).',
    );
    expect(said('reconnecting', { kind: 'subscribe-unconfirmed', channel }).text).toBe(
      'Reconnecting to the Salesforce console… Open CTI did not confirm the subscription to the message channel dcOmniBridge__c.',
    );
  });

  it('a refused publish while the console is read says so after the read status; connected and clear is no problem', () => {
    const errors = 'SOFTPHONE_CONTAINER_ERROR: Container not ready';
    expect(said('reading', { kind: 'publish-refused', channel, errors }).text).toBe(
      'Reading the Salesforce console… Open CTI could not publish on the message channel dcOmniBridge__c (SOFTPHONE_CONTAINER_ERROR: Container not ready); retrying.',
    );
    expect(said('connected', null)).toEqual({ text: 'Connected to the Salesforce console', problem: false });
  });
});
