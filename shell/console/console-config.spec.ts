import type { OpenCtiMessageService } from '@shared/contracts/open-cti';
import { consoleConfigFor } from './console-config';

describe('consoleConfigFor (the manifest console entry → the props console)', () => {
  const service: OpenCtiMessageService = {
    publish: () => undefined,
    subscribe: () => undefined,
    unsubscribe: () => undefined,
  };

  it('Classic: the bridge page and its origin, and no Open CTI loaded', async () => {
    const load = jasmine.createSpy('load');
    const config = await consoleConfigFor(
      { transport: 'bridge-iframe', origin: 'https://a.example', bridgeUrl: 'https://a.example/bridge' },
      load,
    );
    expect(config).toEqual({
      transport: 'bridge-iframe',
      url: 'https://a.example/bridge',
      consoleOrigin: 'https://a.example',
    });
    expect(load).not.toHaveBeenCalled();
  });

  it("Lightning: loads Open CTI from the manifest's URL and passes its message service with the channel", async () => {
    const load = jasmine.createSpy('load').and.resolveTo(service);
    const openCtiUrl = 'https://acme.my.salesforce.com/support/api/62.0/lightning/opencti_min.js';
    const config = await consoleConfigFor(
      { transport: 'open-cti', origin: 'https://acme.lightning.force.com', openCtiUrl, channelName: 'dcOmniBridge__c' },
      load,
    );
    expect(load).toHaveBeenCalledOnceWith(openCtiUrl);
    expect(config).toEqual({ transport: 'open-cti', channelName: 'dcOmniBridge__c', messageService: service });
  });

  it('Lightning: an Open CTI that cannot be loaded is an error, not a half-configured console', async () => {
    const load = () => Promise.reject(new Error('Open CTI could not be loaded from https://x.example/opencti_min.js.'));
    await expectAsync(
      consoleConfigFor(
        {
          transport: 'open-cti',
          origin: 'https://x.example',
          openCtiUrl: 'https://x.example/o.js',
          channelName: 'a__c',
        },
        load,
      ),
    ).toBeRejectedWithError(/Open CTI could not be loaded/);
  });
});
