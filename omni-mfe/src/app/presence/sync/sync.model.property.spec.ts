import { asyncLinkProperty, asyncSyncProperty } from './testing/sync-async.properties';
import { syncModelProperty, syncWithRefusalsProperty } from './testing/sync-model.properties';

describe('presence sync (model-based property)', () => {
  it('settles on a mapped pair, loop-free, with the latest human action winning, under any interleaving', () =>
    syncModelProperty(300));
  it('with console refusals mixed in, still settles without a loop', () => syncWithRefusalsProperty(300));
  it("with a console that answers late and sends our calls' events before, after or twice, the agent's last action wins", () =>
    asyncSyncProperty(1000));
  it("and with a link that drops and comes back, its read answering around the console's events, still so", () =>
    asyncLinkProperty(500));
});
