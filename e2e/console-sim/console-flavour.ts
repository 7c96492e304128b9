import type { LogoutReason } from '@shared/protocol/events.schema';
import type { ConsoleKind, ConsoleSimulatorControl, ToolkitCallCount } from './control-api';
import type { ChangeCause } from './lightning/lightning-events';
import type { SimulatedOmniToolkit } from './lightning/simulated-omni-toolkit';
import type { OmniModel } from './model/omni-model';
import type { OrgConfig } from './model/org-config';
import type { ToolkitEvent } from './model/toolkit-events';
import type { ConsoleTabs } from './page/console-tabs';
import type { PresenceMethod } from './simulated-sforce';
import type { DeliveryScheduler } from './timing/delivery-scheduler';

/** What both consoles share: the org, its model, the page's tabs, the softphone frame. */
export interface ConsoleParts {
  readonly model: OmniModel;
  readonly config: () => OrgConfig;
  readonly tabs: ConsoleTabs;
  readonly softphone: HTMLIFrameElement;
  readonly dcOrigins: readonly string[];
  /** When both consoles' answers and events arrive (calm, or the adverse profile). */
  readonly scheduler: DeliveryScheduler;
  isConsoleMode(): boolean;
  /** Redraws the widget and the panel (after a change of the model). */
  render(): void;
}

/** The control methods only Lightning has meaning for. */
export type LightningOnlyControl = Pick<
  ConsoleSimulatorControl,
  'failNextPublish' | 'messageService' | 'setStatusReasons' | 'setStatusListIdLength' | 'connectionError'
>;

/**
 * One console, Classic or Lightning: how the model's events reach its toolkit's listeners and
 * what the disturbances do to its "bridge" (Classic: the bridge page; Lightning: the relay).
 */
export interface ConsoleFlavour {
  readonly kind: ConsoleKind;
  /** The softphone's Desktop Connect URL, from the one the console chose. */
  dcUrl(url: string): string;
  /** Delivers events caused outside a toolkit call. */
  fire(events: readonly ToolkitEvent[], cause: ChangeCause, logoutReason?: LogoutReason): void;
  /** `as: 'false'`: Lightning resolves `false` instead of rejecting (Classic: `success: false` either way). */
  failNext(method: PresenceMethod, times: number, as?: 'error' | 'false'): void;
  killBridge(): void;
  reloadBridge(): void;
  bridgeLoads(): number;
  toolkitCalls(): Record<string, ToolkitCallCount>;
  /** Lightning's own controls; Classic answers each with an error naming the mode to use. */
  readonly lightning: LightningOnlyControl;
  /** Lightning's simulated toolkit (its flags, the length of its ids); absent in Classic. */
  readonly omniToolkit?: SimulatedOmniToolkit;
}
