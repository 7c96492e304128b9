/**
 * The Desktop Connect agent-state model. The shell owns the DC state; omni-mfe reads it and
 * asks the shell to change it. Kept framework-free so both sides (and shell teams) can use it.
 */
import { DC_VOCABULARY, notReadyReasonsIn, type DcStateKind, type NotReadyReason } from './dc-vocabulary';

export type { DcStateKind, NotReadyReason } from './dc-vocabulary';

/** The kinds of DC state. `logged-out` is the state of an agent who is not logged in to DC. */
export const DC_STATE_KINDS = Object.keys(DC_VOCABULARY.en.kinds) as readonly DcStateKind[];

/** A DC state; `reason` is a Not Ready reason code (e.g. `break`) and only goes with `not-ready`. */
export interface DcState {
  readonly kind: DcStateKind;
  readonly reason?: string;
}

/** The reference shell's Not Ready reasons, in English (the default language). */
export const DEFAULT_NOT_READY_REASONS: readonly NotReadyReason[] = /* @__PURE__ */ notReadyReasonsIn('en');

/** A stable key for a state, e.g. `not-ready:break`; mapping configs refer to DC states by it. */
export function dcStateKey(state: DcState): string {
  return state.kind === 'not-ready' && state.reason ? `not-ready:${state.reason}` : state.kind;
}

/** Parses a key made by {@link dcStateKey}; `undefined` for anything else. */
export function parseDcStateKey(key: string): DcState | undefined {
  const [kind, reason, ...rest] = key.split(':');
  if (rest.length > 0 || !(DC_STATE_KINDS as readonly string[]).includes(kind)) return undefined;
  if (reason === undefined) return { kind: kind as DcStateKind };
  return kind === 'not-ready' && reason !== '' ? { kind: 'not-ready', reason } : undefined;
}

/**
 * The label agents see, e.g. "Not Ready – Break"; an unknown reason shows its code. The kinds'
 * names are a language's (DC_VOCABULARY), the reasons' labels the shell's.
 */
export function dcStateLabel(
  state: DcState,
  reasons: readonly NotReadyReason[],
  kindLabels: Readonly<Record<DcStateKind, string>>,
): string {
  const base = kindLabels[state.kind];
  if (state.kind !== 'not-ready' || !state.reason) return base;
  const reason = reasons.find((r) => r.id === state.reason);
  return `${base} – ${reason?.label ?? state.reason}`;
}

/** The states a logged-in agent can choose, in the order the DC header lists them. */
export function selectableDcStates(reasons: readonly NotReadyReason[]): DcState[] {
  return [
    { kind: 'ready' },
    { kind: 'not-ready' },
    ...reasons.map((r): DcState => ({ kind: 'not-ready', reason: r.id })),
    { kind: 'on-call' },
    { kind: 'wrap-up' },
  ];
}
