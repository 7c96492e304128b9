import type { OmniMfeProps } from '@shared/contracts/omni-props';
import type { DropLog } from '@shared/protocol/drop-log';
import type { ConsoleLinkState } from '../console-link/state/console-link.feature';
import type { DcSessionState } from '../dc-session/state/dc-session.feature';
import type { PresenceState } from '../presence/state/presence.feature';
import type { WorkItemsState } from '../work-items/state/work-items.state';
import type { DiagnosisInput } from './diagnosis-input';

/** The store's slices a diagnosis reads. */
export interface DiagnosisState {
  readonly dcSession: DcSessionState;
  readonly consoleLink: ConsoleLinkState;
  readonly presence: PresenceState;
  readonly workItems: WorkItemsState;
}

/**
 * What Sync details hands over when a diagnosis is asked for: the store's state as it is, and
 * what lives beside it. The selectors and injection tokens stay in the initial JS: this module
 * and the writer, loaded on first use, read the plain values (a module both chunks import would
 * cost the initial chunk its concatenation, docs/benchmarks-log.md).
 */
export interface DiagnosisSource {
  readonly state: DiagnosisState;
  readonly syncHealth: string;
  readonly props: OmniMfeProps;
  readonly drops: DropLog | null;
  readonly history: DiagnosisInput['history'];
  readonly locale: string;
  readonly protocolVersion: number;
}

/** The diagnosis's facts from the source: ids, keys, versions and counts only. */
export function gatherDiagnosis(source: DiagnosisSource, writtenAt: number): Omit<DiagnosisInput, 'buildVersion'> {
  const { state, props } = source;
  const { sync, mappingProblems } = state.presence;
  const { ids, entities, reasons, flags } = state.workItems;
  return {
    writtenAt,
    buildLocale: source.locale,
    protocolVersion: source.protocolVersion,
    contractVersion: props.contractVersion,
    transport: props.console.transport,
    agentId: state.dcSession.agent?.id ?? null,
    linkStatus: state.consoleLink.status,
    history: source.history,
    syncHealth: source.syncHealth,
    syncWrites: sync.writes,
    syncLog: sync.log.map(({ at, side, from, to, cause }) => ({ at, side, from, to, cause })),
    drops: source.drops?.counts() ?? null,
    configProblems: [...mappingProblems, ...(reasons.ok ? [] : [reasons.problem])],
    mapping: props.omniMapping ?? null,
    works: (ids as readonly string[]).flatMap((id) => {
      const w = entities[id];
      return w
        ? [{ workId: w.workId, workItemId: w.workItemId, status: w.status, flag: flags[id]?.state ?? null }]
        : [];
    }),
  };
}
