import * as v from 'valibot';
import { isSubscribable } from './subscribable';
import { OMNI_PROPS_CONTRACT_VERSION, type OmniMfeProps } from './omni-props';

const DOCS = 'see docs/SHELL-INTEGRATION.md';

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

const propsSchema = v.object({
  contractVersion: v.literal(OMNI_PROPS_CONTRACT_VERSION),
  dcSession$: v.custom(isSubscribable, 'dcSession$ must be an observable of the DC session'),
  setDcState: v.function('setDcState must be a function (state, reason) returning a promise'),
  bridge: v.object(
    { url: httpUrl('bridge.url'), consoleOrigin: originOnly('bridge.consoleOrigin') },
    'bridge must be an object { url, consoleOrigin }',
  ),
  notReadyReasons: v.array(
    v.object({ id: v.pipe(v.string(), v.nonEmpty()), label: v.pipe(v.string(), v.nonEmpty()) }),
    'notReadyReasons must be an array of { id, label }',
  ),
  // Checked by omni-mfe's presence sync, which stays off (and says why) rather than refusing to start.
  omniMapping: v.optional(v.unknown()),
  declineReasons: v.optional(v.unknown()),
  locale: v.optional(v.pipe(v.string('locale must be a string'), v.nonEmpty('locale must not be empty'))),
});

export type PropsCheck =
  { readonly ok: true; readonly props: OmniMfeProps } | { readonly ok: false; readonly problems: readonly string[] };

/** Checks what single-spa handed over; every problem is a sentence that says what to fix. */
export function checkOmniProps(raw: unknown): PropsCheck {
  if (typeof raw !== 'object' || raw === null)
    return { ok: false, problems: [`omni-mfe received no custom props; ${DOCS}`] };
  const version = (raw as { contractVersion?: unknown }).contractVersion;
  if (version === undefined) {
    return {
      ok: false,
      problems: [
        `the shell passed no contractVersion; omni-mfe needs custom props contract version ${OMNI_PROPS_CONTRACT_VERSION} (${DOCS})`,
      ],
    };
  }
  if (version !== OMNI_PROPS_CONTRACT_VERSION) {
    return {
      ok: false,
      problems: [
        `the shell passed custom props contract version ${String(version)}, but this omni-mfe speaks version ${OMNI_PROPS_CONTRACT_VERSION}: deploy matching versions of the shell and omni-mfe (${DOCS})`,
      ],
    };
  }
  const result = v.safeParse(propsSchema, raw, { abortEarly: false });
  if (result.success) return { ok: true, props: raw as OmniMfeProps };
  return { ok: false, problems: result.issues.map((issue) => describeIssue(issue)) };
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  return path && !issue.message.startsWith(path.split('.')[0]) ? `${path}: ${issue.message}` : issue.message;
}
