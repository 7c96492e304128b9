import * as v from 'valibot';

/**
 * The reason codes an agent picks from when declining a work item (DC configuration, passed
 * by the shell). `id` is what the console records (the decline reason value); `label` is shown.
 */
const reasonCodesSchema = v.object({
  /** Whether a reason must be chosen; the demo org requires one, as Salesforce can. */
  required: v.optional(v.boolean(), true),
  codes: v.pipe(
    v.array(
      v.object({
        id: v.pipe(v.string(), v.nonEmpty(), v.maxLength(255)),
        label: v.pipe(v.string(), v.nonEmpty(), v.maxLength(255)),
      }),
      'codes must be a list of { id, label }',
    ),
    v.minLength(1, 'codes is empty: add at least one reason code'),
  ),
});

export type DeclineReasons = v.InferOutput<typeof reasonCodesSchema>;
export type DeclineReasonsCheck =
  | { readonly ok: true; readonly reasons: DeclineReasons }
  | { readonly ok: false; readonly problem: string; readonly detail?: string };

/** Checks the reason codes; the problem says what to fix, so the panel can show it as is. */
export function checkDeclineReasons(raw: unknown): DeclineReasonsCheck {
  if (raw === undefined || raw === null)
    return {
      ok: false,
      problem: 'No decline reason codes are configured: Decline is unavailable until the shell provides some.',
    };
  const result = v.safeParse(reasonCodesSchema, raw);
  if (result.success) return { ok: true, reasons: result.output };
  const issue = result.issues[0];
  const path = v.getDotPath(issue);
  // The detail alone too, so that a UI in another language can word the rest itself.
  const detail = `${path ? `${path}: ` : ''}${issue.message}`;
  return { ok: false, problem: `The decline reason codes are invalid (${detail}): Decline is unavailable.`, detail };
}
