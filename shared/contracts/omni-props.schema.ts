import * as v from 'valibot';
import {
  CONTRACT_V1_SUPPORTED_UNTIL,
  OMNI_PROPS_CONTRACT_VERSION,
  type OmniMfeProps,
  type OmniMfePropsV1,
} from './omni-props';
import { describeIssue, propsV1Schema, propsV2Schema } from './omni-props.fields';

const DOCS = 'see docs/SHELL-INTEGRATION.md';
const SPOKEN = `omni-mfe speaks custom props contract version ${OMNI_PROPS_CONTRACT_VERSION} (and version 1 until ${CONTRACT_V1_SUPPORTED_UNTIL})`;

export type PropsCheck =
  | {
      readonly ok: true;
      /** The props in version 2's shape (a version 1 shell's `bridge` becomes the bridge-iframe `console`). */
      readonly props: OmniMfeProps;
      /** The element single-spa mounts omni-mfe into, when the shell gives one. */
      readonly domElement?: HTMLElement;
      /** The version the shell spoke. */
      readonly contractVersion: 1 | 2;
    }
  | { readonly ok: false; readonly problems: readonly string[] };

/**
 * Checks what single-spa handed over and lists every problem at once, each a sentence that says
 * what to fix: a wrong version does not hide the rest (the props are then checked as the version
 * they look like). Version 1 props are accepted unchanged and mapped to version 2's shape.
 */
export function checkOmniProps(raw: unknown): PropsCheck {
  if (typeof raw !== 'object' || raw === null)
    return { ok: false, problems: [`omni-mfe received no custom props; ${DOCS}`] };
  const version = (raw as { contractVersion?: unknown }).contractVersion;
  const problems: string[] = [];
  const versionProblem = describeVersion(version);
  if (versionProblem) problems.push(versionProblem);
  // Checked as version 1 when it says so, or when it looks like it (a `bridge` and no `console`).
  const asV1 = version === 1 || (versionProblem !== null && 'bridge' in raw && !('console' in raw));
  const result = v.safeParse(asV1 ? propsV1Schema : propsV2Schema, raw, { abortEarly: false });
  if (!result.success) problems.push(...result.issues.map(describeIssue));
  if (problems.length) return { ok: false, problems };
  const domElement = (raw as { domElement?: HTMLElement }).domElement;
  if (asV1) {
    const v1 = raw as OmniMfePropsV1;
    const { bridge: _bridge, ...rest } = v1;
    const props: OmniMfeProps = {
      ...rest,
      contractVersion: OMNI_PROPS_CONTRACT_VERSION,
      console: { transport: 'bridge-iframe', url: v1.bridge.url, consoleOrigin: v1.bridge.consoleOrigin },
    };
    return { ok: true, props, domElement, contractVersion: 1 };
  }
  return { ok: true, props: raw as OmniMfeProps, domElement, contractVersion: 2 };
}

function describeVersion(version: unknown): string | null {
  if (version === OMNI_PROPS_CONTRACT_VERSION || version === 1) return null;
  if (version === undefined) return `the shell passed no contractVersion; ${SPOKEN} (${DOCS})`;
  if (typeof version === 'string' && /^\s*\d+\s*$/.test(version))
    return `contractVersion is the string "${version}"; it must be the number ${version.trim()} (no quotes) (${DOCS})`;
  return `the shell passed custom props contract version ${JSON.stringify(version) ?? String(version)}, but ${SPOKEN}: deploy matching versions of the shell and omni-mfe (${DOCS})`;
}
