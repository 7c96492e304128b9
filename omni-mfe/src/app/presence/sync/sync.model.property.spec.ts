import { syncModelProperty, syncWithRefusalsProperty } from './testing/sync-model.properties';

describe('presence sync (model-based property)', () => {
  it('settles on a mapped pair, loop-free, with the latest human action winning, under any interleaving', () =>
    syncModelProperty(300));
  it('with console refusals mixed in, still settles without a loop', () => syncWithRefusalsProperty(300));
});
