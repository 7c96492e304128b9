import * as v from 'valibot';
import { presenceStatusSchema } from '@shared/protocol/console-data.schema';
import { ADAPTERS } from '@shared/protocol/envelope';

/**
 * The bridge page's configuration, kept in the page itself as
 * `<script type="application/json" id="dc-omni-bridge-config">` so operators change it without
 * a rebuild (and a strict CSP needs no inline script).
 */
const origin = v.pipe(
  v.string(),
  v.check((s) => URL.canParse(s) && new URL(s).origin === s, 'must be an exact origin, e.g. https://dc.example.com'),
);

const bridgeConfigSchema = v.object({
  adapter: v.picklist(ADAPTERS),
  /** The Desktop Connect origins this bridge may answer. */
  allowedDcOrigins: v.pipe(v.array(origin), v.minLength(1)),
  /** The org's presence statuses, for the Classic adapter (the toolkit cannot list them). */
  statuses: v.optional(v.array(presenceStatusSchema), []),
});

export type BridgeConfig = v.InferOutput<typeof bridgeConfigSchema>;

export function readBridgeConfig(doc: Document): BridgeConfig {
  const text = doc.getElementById('dc-omni-bridge-config')?.textContent;
  if (!text)
    throw new Error('The bridge page has no #dc-omni-bridge-config JSON: add one (see docs/SHELL-INTEGRATION.md).');
  const result = v.safeParse(bridgeConfigSchema, JSON.parse(text));
  if (!result.success) {
    throw new Error(
      `The bridge config is invalid: ${result.issues.map((i) => `${v.getDotPath(i) ?? '(root)'}: ${i.message}`).join('; ')}`,
    );
  }
  return result.output;
}

/** The DC origin this page was framed for, if the config allows it. */
export function allowedDcOrigin(search: string, config: BridgeConfig): string | null {
  const dcOrigin = new URLSearchParams(search).get('dcOrigin');
  return dcOrigin && config.allowedDcOrigins.includes(dcOrigin) ? dcOrigin : null;
}
