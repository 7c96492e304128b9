import { chooseOmniRemote, loadDcManifest, manifestFileFor, parseDcManifest, type DcManifest } from './dc-manifest';

const manifest = (devOverrides: boolean): DcManifest => ({
  manifestVersion: 1,
  omniMfe: { remoteEntry: 'https://cdn.example/omni/remoteEntry.js', containerName: 'omniMfe' },
  console: {
    transport: 'bridge-iframe',
    origin: 'https://acme.my.salesforce.com',
    bridgeUrl: 'https://acme.my.salesforce.com/apex/bridge',
  },
  devOverrides,
});
const storage = (value: string | null) => ({ getItem: () => value });

describe('DC manifest', () => {
  it('parses a valid manifest, with overrides off by default', () => {
    const { devOverrides: _d, ...raw } = manifest(true);
    expect(parseDcManifest(raw, 'm.json').devOverrides).toBeFalse();
  });

  it('names the bad entry of an invalid manifest', () => {
    const bad = { ...manifest(false), omniMfe: { remoteEntry: 'ftp://x/remoteEntry.js', containerName: 'omniMfe' } };
    expect(() => parseDcManifest(bad, 'dc-manifest.json')).toThrowError(
      /dc-manifest\.json is not a valid Desktop Connect manifest: omniMfe\.remoteEntry: must be an absolute http\(s\) URL/,
    );
  });

  it('reports an HTTP failure with the URL', async () => {
    const fetchFn = () => Promise.resolve(new Response('nope', { status: 404 }));
    await expectAsync(loadDcManifest('https://dc.example/dc-manifest.json', fetchFn)).toBeRejectedWithError(
      'https://dc.example/dc-manifest.json could not be loaded (HTTP 404).',
    );
  });

  it('uses the manifest URL when overrides are off, whatever is set', () => {
    const choice = chooseOmniRemote(
      manifest(false),
      '?omni-remote=http://evil.example/x.js',
      storage('http://evil.example/y.js'),
      'en',
    );
    expect(choice).toEqual({ url: 'https://cdn.example/omni/remoteEntry.js', source: 'manifest' });
  });

  it('lets the query string win over localStorage when overrides are on', () => {
    expect(
      chooseOmniRemote(
        manifest(true),
        '?omni-remote=http://127.0.0.1:4301/remoteEntry.js',
        storage('http://127.0.0.1:9/x.js'),
        'en',
      ),
    ).toEqual({
      url: 'http://127.0.0.1:4301/remoteEntry.js',
      source: 'query',
    });
    expect(chooseOmniRemote(manifest(true), '', storage('http://127.0.0.1:9/x.js'), 'en')).toEqual({
      url: 'http://127.0.0.1:9/x.js',
      source: 'localStorage',
    });
  });

  it('ignores overrides that are not http(s) URLs, and storage that throws', () => {
    expect(chooseOmniRemote(manifest(true), '?omni-remote=javascript:alert(1)', storage(null), 'en').source).toBe(
      'manifest',
    );
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
    };
    expect(chooseOmniRemote(manifest(true), '', throwing, 'en').source).toBe('manifest');
  });

  it('reads a console without transport as the bridge iframe (manifests written before Lightning)', () => {
    const raw = { ...manifest(false), console: { origin: 'https://a.example', bridgeUrl: 'https://a.example/bridge' } };
    expect(parseDcManifest(raw, 'm.json').console).toEqual({
      transport: 'bridge-iframe',
      origin: 'https://a.example',
      bridgeUrl: 'https://a.example/bridge',
    });
  });

  it('reads the Lightning console entry, and names what is wrong in a bad one', () => {
    const lightning = {
      transport: 'open-cti' as const,
      origin: 'https://acme.lightning.force.com',
      openCtiUrl: 'https://acme.my.salesforce.com/support/api/62.0/lightning/opencti_min.js',
      channelName: 'dcOmniBridge__c',
    };
    expect(parseDcManifest({ ...manifest(false), console: lightning }, 'm.json').console).toEqual(lightning);
    expect(() =>
      parseDcManifest(
        { ...manifest(false), console: { ...lightning, channelName: 'bridge', openCtiUrl: 'x' } },
        'm.json',
      ),
    ).toThrowError(
      'm.json is not a valid Desktop Connect manifest: console.openCtiUrl: must be an absolute http(s) URL; console.channelName: must be a Lightning message channel API name ending in __c',
    );
    expect(() =>
      parseDcManifest({ ...manifest(false), console: { ...lightning, transport: 'cti' } }, 'm.json'),
    ).toThrowError(/console\.transport: transport must be 'bridge-iframe' or 'open-cti'/);
  });

  it('picks the manifest by ?console=: none is Classic, lightning is Lightning, anything else is an error', () => {
    expect(manifestFileFor('')).toBe('dc-manifest.json');
    expect(manifestFileFor('?agent=1')).toBe('dc-manifest.json');
    expect(manifestFileFor('?console=lightning')).toBe('dc-manifest.lightning.json');
    expect(() => manifestFileFor('?console=../secrets')).toThrowError(
      '?console=../secrets is not a console this Desktop Connect knows: use ?console=lightning, or leave it out for Salesforce Classic.',
    );
  });
});

describe('DC manifest, one omni-mfe build per language', () => {
  const withLocales: DcManifest = {
    ...manifest(false),
    omniMfe: {
      remoteEntry: 'https://cdn.example/omni/en/remoteEntry.js',
      containerName: 'omniMfe',
      locales: { de: 'https://cdn.example/omni/de/remoteEntry.js' },
    },
  };

  it("loads the agent's language's build", () => {
    expect(chooseOmniRemote(withLocales, '', null, 'de').url).toBe('https://cdn.example/omni/de/remoteEntry.js');
  });

  it('loads remoteEntry for English, the language omni-mfe is written in', () => {
    expect(chooseOmniRemote(withLocales, '', null, 'en').url).toBe('https://cdn.example/omni/en/remoteEntry.js');
  });

  it('refuses a language without a build instead of loading English, saying what to add', () => {
    expect(() =>
      chooseOmniRemote({ ...withLocales, omniMfe: { ...withLocales.omniMfe, locales: undefined } }, '', null, 'de'),
    ).toThrowError(
      `the manifest names no omni-mfe build for the agent's language "de": add omniMfe.locales.de (its de/remoteEntry.js).`,
    );
    // A developer's override is their choice of build, whatever the language.
    expect(
      chooseOmniRemote({ ...withLocales, devOverrides: true }, '?omni-remote=http://127.0.0.1:9/x.js', null, 'fr').url,
    ).toBe('http://127.0.0.1:9/x.js');
  });

  it('refuses a locale that is not a language code, naming it', () => {
    const bad = {
      ...withLocales,
      omniMfe: { ...withLocales.omniMfe, locales: { German: 'https://cdn.example/x.js' } },
    };
    expect(() => parseDcManifest(bad, 'dc-manifest.json')).toThrowError(/omniMfe\.locales\.German/);
  });
});
