import * as v from 'valibot';
import { isSubscribable } from './subscribable';

/** The schemas of the props contract's fields, versions 1 and 2, with messages that say what to fix. */

const httpUrl = (what: string) =>
  v.pipe(
    v.string(`${what} must be a string`),
    v.check((s) => /^https?:\/\//.test(s) && URL.canParse(s), `${what} must be an absolute http(s) URL`),
  );

const originOnly = (what: string) =>
  v.pipe(
    httpUrl(what),
    v.check(
      (s) => !URL.canParse(s) || new URL(s).origin === s,
      `${what} must be an origin only, e.g. https://acme.my.salesforce.com`,
    ),
  );

const nonEmpty = (what: string) =>
  v.pipe(v.string(`${what} must be a string`), v.nonEmpty(`${what} must not be empty`));

/** What each key is, for the message when it is missing. */
const MISSING: Readonly<Record<string, string>> = {
  dcSession$: 'an observable of the DC session',
  setDcState: 'a function (state, reason) returning a promise',
  notReadyReasons: 'an array of { id, label }',
  bridge: 'an object { url, consoleOrigin }',
  'bridge.url': "the bridge page's absolute URL",
  'bridge.consoleOrigin': 'the exact origin of the bridge page, e.g. https://acme--c.vf.force.com',
  console:
    "an object { transport: 'bridge-iframe', url, consoleOrigin } or { transport: 'open-cti', channelName, messageService }",
  'console.transport': "'bridge-iframe' (Salesforce Classic) or 'open-cti' (Lightning)",
  'console.url': "the bridge page's absolute URL",
  'console.consoleOrigin': 'the exact origin of the bridge page, e.g. https://acme--c.vf.force.com',
  'console.channelName': 'the Lightning message channel, e.g. dcOmniBridge__c',
  'console.messageService': 'an object { publish, subscribe, unsubscribe } bound to sforce.opencti',
};

const common = {
  dcSession$: v.custom(
    isSubscribable,
    'dcSession$ must be an observable of the DC session (subscribe(observer) → { unsubscribe() })',
  ),
  setDcState: v.function('setDcState must be a function (state, reason) returning a promise'),
  // Checked by omni-mfe's presence sync, which stays off (and says why) rather than refusing to start.
  omniMapping: v.optional(v.unknown()),
  declineReasons: v.optional(v.unknown()),
  domElement: v.optional(
    v.custom(
      (el) =>
        typeof el === 'object' &&
        el !== null &&
        (el as Node).nodeType === 1 &&
        typeof (el as Element).append === 'function',
      'domElement must be the HTML element omni-mfe mounts into, or left out (single-spa then creates one)',
    ),
  ),
};

const reason = (id: v.GenericSchema<unknown, string>) =>
  v.object(
    { id, label: nonEmpty('a Not Ready reason label') },
    'each Not Ready reason must be an object { id, label }',
  );

/** Ids that appear more than once, in order of their second appearance. */
const repeated = (list: readonly { id: string }[]) =>
  list.map((r) => r.id).filter((id, i, ids) => ids.indexOf(id) !== i);

export const propsV1Schema = v.object({
  ...common,
  contractVersion: v.optional(v.unknown()),
  bridge: v.object(
    { url: httpUrl('bridge.url'), consoleOrigin: originOnly('bridge.consoleOrigin') },
    'bridge must be an object { url, consoleOrigin }',
  ),
  notReadyReasons: v.array(
    reason(nonEmpty('a Not Ready reason id')),
    'notReadyReasons must be an array of { id, label }',
  ),
});

const bridgeIframeConsole = v.object({
  transport: v.literal('bridge-iframe'),
  url: httpUrl('console.url'),
  consoleOrigin: originOnly('console.consoleOrigin'),
});

const openCtiConsole = v.object({
  transport: v.literal('open-cti'),
  channelName: v.pipe(
    v.string('console.channelName must be a string'),
    v.regex(
      /^(?:[A-Za-z]\w*__)?[A-Za-z]\w*__c$/,
      'console.channelName must be a Lightning message channel API name ending in __c, e.g. dcOmniBridge__c',
    ),
  ),
  messageService: v.object(
    {
      publish: v.function('console.messageService.publish must be sforce.opencti.publish'),
      subscribe: v.function('console.messageService.subscribe must be sforce.opencti.subscribe'),
      unsubscribe: v.function('console.messageService.unsubscribe must be sforce.opencti.unsubscribe'),
    },
    'console.messageService must be an object { publish, subscribe, unsubscribe } bound to sforce.opencti',
  ),
});

export const consoleSchema = v.variant(
  'transport',
  [bridgeIframeConsole, openCtiConsole],
  "console.transport must be 'bridge-iframe' (Salesforce Classic) or 'open-cti' (Lightning)",
);

const isLanguageTag = (s: string): boolean => {
  try {
    return s.length > 0 && s.length <= 35 && Intl.getCanonicalLocales(s).length === 1;
  } catch {
    return false;
  }
};

export const propsV2Schema = v.object({
  ...common,
  contractVersion: v.optional(v.unknown()),
  console: consoleSchema,
  // Ids end up in DC state keys (`not-ready:<id>`) and in setDcState: no colon, no spaces, each once.
  notReadyReasons: v.pipe(
    v.array(
      reason(
        v.pipe(
          nonEmpty('a Not Ready reason id'),
          v.regex(/^[A-Za-z0-9_.-]+$/, 'a Not Ready reason id may hold letters, digits, "_", "." and "-" only'),
        ),
      ),
      'notReadyReasons must be an array of { id, label }',
    ),
    v.check(
      (list) => repeated(list).length === 0,
      (issue) =>
        `notReadyReasons: the id "${repeated(issue.input as { id: string }[])[0]}" is used twice; each reason needs its own id, as setDcState and the Omni-Channel Mappings name reasons by id`,
    ),
  ),
  locale: v.optional(
    v.pipe(
      v.string('locale must be a BCP 47 language tag, e.g. "en" or "de-CH"'),
      v.check(
        isLanguageTag,
        (issue) => `locale "${String(issue.input)}" is not a BCP 47 language tag, e.g. "en" or "de-CH"`,
      ),
    ),
  ),
});

/** One sentence per problem: a missing key says it is missing and what it should be. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  if (path && issue.kind === 'schema' && issue.received === 'undefined' && issue.type !== 'custom') {
    const what = MISSING[path];
    return `${path} is missing${what ? `: it must be ${what}` : ''}`;
  }
  return path && !issue.message.startsWith(path.split('.')[0]) ? `${path}: ${issue.message}` : issue.message;
}
