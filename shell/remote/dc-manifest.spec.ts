import { chooseOmniRemote, loadDcManifest, parseDcManifest, type DcManifest } from './dc-manifest';

const manifest = (devOverrides: boolean): DcManifest => ({
  manifestVersion: 1,
  omniMfe: { remoteEntry: 'https://cdn.example/omni/remoteEntry.js', containerName: 'omniMfe' },
  console: { origin: 'https://acme.my.salesforce.com', bridgeUrl: 'https://acme.my.salesforce.com/apex/bridge' },
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
    );
    expect(choice).toEqual({ url: 'https://cdn.example/omni/remoteEntry.js', source: 'manifest' });
  });

  it('lets the query string win over localStorage when overrides are on', () => {
    expect(
      chooseOmniRemote(
        manifest(true),
        '?omni-remote=http://127.0.0.1:4301/remoteEntry.js',
        storage('http://127.0.0.1:9/x.js'),
      ),
    ).toEqual({
      url: 'http://127.0.0.1:4301/remoteEntry.js',
      source: 'query',
    });
    expect(chooseOmniRemote(manifest(true), '', storage('http://127.0.0.1:9/x.js'))).toEqual({
      url: 'http://127.0.0.1:9/x.js',
      source: 'localStorage',
    });
  });

  it('ignores overrides that are not http(s) URLs, and storage that throws', () => {
    expect(chooseOmniRemote(manifest(true), '?omni-remote=javascript:alert(1)', storage(null)).source).toBe('manifest');
    const throwing = {
      getItem: () => {
        throw new Error('blocked');
      },
    };
    expect(chooseOmniRemote(manifest(true), '', throwing).source).toBe('manifest');
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

  it('falls back to remoteEntry for a language without a build, or none given', () => {
    expect(chooseOmniRemote(withLocales, '', null, 'fr').url).toBe('https://cdn.example/omni/en/remoteEntry.js');
    expect(chooseOmniRemote(withLocales, '', null).url).toBe('https://cdn.example/omni/en/remoteEntry.js');
  });

  it('refuses a locale that is not a language code, naming it', () => {
    const bad = {
      ...withLocales,
      omniMfe: { ...withLocales.omniMfe, locales: { German: 'https://cdn.example/x.js' } },
    };
    expect(() => parseDcManifest(bad, 'dc-manifest.json')).toThrowError(/omniMfe\.locales\.German/);
  });
});
