import type { DropReason } from '@shared/protocol/envelope';
import type { LinkHistoryState } from './link-history';

/**
 * Everything a diagnosis holds, gathered by the controls from the store and the props. Only ids,
 * versions, keys and counts: no subject, no name, no text from Salesforce or the agent.
 */
export interface DiagnosisInput {
  readonly writtenAt: number;
  readonly buildVersion: string;
  readonly buildLocale: string;
  readonly protocolVersion: number;
  readonly contractVersion: number;
  /** Which console the shell configured: its transport says (bridge-iframe: Classic; open-cti: Lightning). */
  readonly transport: 'bridge-iframe' | 'open-cti';
  readonly agentId: string | null;
  readonly linkStatus: string;
  readonly history: LinkHistoryState;
  readonly syncHealth: string;
  readonly syncWrites: number;
  /** The newest last; state keys and status API names only (a note may hold the console's words). */
  readonly syncLog: readonly DiagnosisSyncLine[];
  readonly drops: Readonly<Record<DropReason, number>> | null;
  /** Problems with the shell's configuration (mapping, decline reason codes), as omni-mfe words them. */
  readonly configProblems: readonly string[];
  /** The mapping as loaded (only its fingerprint goes into the diagnosis). */
  readonly mapping: unknown;
  readonly works: readonly DiagnosisWork[];
}

export interface DiagnosisSyncLine {
  readonly at: number;
  readonly side: 'dc' | 'omni';
  readonly from: string | null;
  readonly to: string;
  readonly cause: string;
}

export interface DiagnosisWork {
  readonly workId: string;
  readonly workItemId: string;
  readonly status: string;
  readonly flag: 'raised' | 'lowered-by-supervisor' | null;
}
