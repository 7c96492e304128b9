/**
 * How the org's own metadata places the relay, read the way Lightning reads it: the utility bar
 * (FlexiPage DcOmniConsole_UtilityBar) says whether the relay is a utility item or a background
 * item and whether it loads when the app opens ("eager", Load in background when app opens); the
 * component's markup (aura/dcOmniRelay) says what it implements and whether it uses a message
 * channel. Lightning Message Service serves only components that render, so a background item
 * with a message channel never gets a message (Salesforce's "Lightning Message Service
 * Limitations"). The simulator serves the real files under /org/ and obeys what they say.
 */
export const RELAY_COMPONENT = 'c:dcOmniRelay';
export const UTILITY_BAR_URL = '/org/DcOmniConsole_UtilityBar.flexipage-meta.xml';
export const RELAY_MARKUP_URL = '/org/dcOmniRelay.cmp';

export interface RelayPlacement {
  /** When the component is created: with the app, when the agent opens its utility, or never. */
  readonly load: 'app-open' | 'when-opened' | 'never';
  /** It renders (a utility item) and so may use Lightning Message Service. */
  readonly renders: boolean;
  /** Why the relay cannot serve the softphone, as an administrator would need to read it. */
  readonly problems: readonly string[];
}

/** Where the relay is and what it may do, from the utility bar's XML and the component's markup. */
export function relayPlacement(utilityBarXml: string, relayMarkup: string): RelayPlacement {
  const doc = new DOMParser().parseFromString(utilityBarXml, 'application/xml');
  if (doc.getElementsByTagName('parsererror').length)
    return never('The utility bar DcOmniConsole_UtilityBar is not well-formed XML.');
  const instance = [...doc.getElementsByTagName('componentInstance')].find(
    (c) => text(c, 'componentName') === RELAY_COMPONENT,
  );
  if (!instance)
    return never(`The utility bar has no ${RELAY_COMPONENT}: add the relay to the console app's utility bar.`);
  const region = instance.closest('flexiPageRegions');
  const markup = relayMarkup.replace(/<!--[\s\S]*?-->/g, '');
  const implemented = /<aura:component\b[^>]*\bimplements="([^"]*)"/.exec(markup)?.[1] ?? '';
  const background =
    (region ? text(region, 'type') === 'Background' : false) || /\blightning:backgroundUtilityItem\b/.test(implemented);
  const usesChannel = /<lightning:messageChannel\b/.test(markup);
  const problems: string[] = [];
  if (background && usesChannel)
    problems.push(
      'dcOmniRelay is a background utility item with a lightning:messageChannel: Lightning Message Service serves only components that render, so the relay gets no message.',
    );
  if (!usesChannel) problems.push('dcOmniRelay has no lightning:messageChannel: the softphone cannot reach it.');
  const eager = [...instance.getElementsByTagName('componentInstanceProperties')].some(
    (p) => text(p, 'name') === 'eager' && text(p, 'value') === 'true',
  );
  return { load: background || eager ? 'app-open' : 'when-opened', renders: !background, problems };
}

function never(problem: string): RelayPlacement {
  return { load: 'never', renders: false, problems: [problem] };
}

function text(parent: Element, child: string): string {
  return [...parent.children].find((c) => c.localName === child)?.textContent?.trim() ?? '';
}

/** Fetches the org's files from the console's origin; rejects naming the file that is missing. */
export async function loadRelayPlacement(fetchText = defaultFetch): Promise<RelayPlacement> {
  const [bar, markup] = await Promise.all([fetchText(UTILITY_BAR_URL), fetchText(RELAY_MARKUP_URL)]);
  return relayPlacement(bar, markup);
}

async function defaultFetch(url: string): Promise<string> {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url} answered ${response.status}: the demo server serves the org's files.`);
  return response.text();
}
