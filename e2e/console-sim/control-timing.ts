import type { TimingProfile, TimingState } from './timing/delivery-scheduler';

/** The control API's timing methods (control-api.ts; docs/QA.md, "Adverse timing"). */
export interface ConsoleSimulatorTimingControl {
  /**
   * Switches both consoles' timing: `calm` (answers and events in the next tasks) or `adverse` (a
   * loaded org, from `seed`; the current seed when none is given). Also `?timing=adverse&seed=N`.
   */
  setTiming(profile: TimingProfile, seed?: number): void;
  /** The timing now: `{ profile, seed }`. */
  timing(): TimingState;
}
