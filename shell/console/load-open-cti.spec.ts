import { loadOpenCti } from './load-open-cti';

type TestWindow = Window & { sforce?: unknown; openCtiCalls?: string[] };

/** A stand-in for opencti_min.js, served as a blob: it defines sforce.opencti as the real one does. */
const script = (body: string) => URL.createObjectURL(new Blob([body], { type: 'text/javascript' }));

describe('loadOpenCti (the shell loads Open CTI and hands its message service on)', () => {
  const win = window as TestWindow;

  afterEach(() => {
    delete win.sforce;
    delete win.openCtiCalls;
    document.head.querySelectorAll('script[src^="blob:"]').forEach((s) => s.remove());
  });

  it('loads the script, waits for sforce.opencti and returns its functions bound to it', async () => {
    const url = script(`
      window.openCtiCalls = [];
      setTimeout(() => {
        window.sforce = { opencti: {
          name: 'opencti',
          publish(args) { window.openCtiCalls.push(this.name + ' publish ' + args.channelName); },
          subscribe(args) { window.openCtiCalls.push(this.name + ' subscribe ' + args.channelName); },
          unsubscribe() { window.openCtiCalls.push(this.name + ' unsubscribe'); },
        } };
      }, 20);
    `);
    const service = await loadOpenCti(document, url);
    const { publish, subscribe } = service;
    publish({ channelName: 'dcOmniBridge__c', message: {} });
    subscribe({ channelName: 'dcOmniBridge__c', listener: () => undefined });
    expect(win.openCtiCalls).toEqual(['opencti publish dcOmniBridge__c', 'opencti subscribe dcOmniBridge__c']);
    expect(document.head.querySelectorAll(`script[src="${url}"]`).length).toBe(1);
  });

  it('says which URL failed when the script does not load', async () => {
    const url = `${location.origin}/no-such/opencti_min.js`;
    await expectAsync(loadOpenCti(document, url)).toBeRejectedWithError(
      `Open CTI could not be loaded from ${url} (the request failed or the page's Content-Security-Policy refused it).`,
    );
  });

  it('says so when the script loads but no message service appears', async () => {
    const url = script('window.sforce = { opencti: { publish() {} } };');
    await expectAsync(loadOpenCti(document, url, 200)).toBeRejectedWithError(
      /^Open CTI did not start within 0.2 s after loading blob:.* \(no sforce\.opencti message service: opencti_min\.js must be API 47\.0 or later/,
    );
  });
});
