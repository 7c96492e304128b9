/**
 * The control API's view of the org shared by console tabs (org-share/; docs/QA.md). The other
 * controls act on the org (route, setStatus, presence, agentWork) or on their own tab
 * (toolkitCalls, bridgeLoads, openTabs, the bridge's disturbances).
 */
export interface ConsoleSimulatorTabsControl {
  /** This console tab's id in the org (a reload is a new tab). */
  tabId(): string;
  /** The open console tabs of the org, this one included. */
  consoleTabs(): string[];
  /** Where the agent's one live Omni-Channel session is: this tab, another tab, or none (logged out). */
  omniSession(): 'this tab' | 'another tab' | 'none';
  /**
   * OmniChannelSettings.enableOmniAutoLoginPrompt (off by default, org-wide): a console tab opened
   * while the agent is logged in to Omni-Channel in another asks before it takes the session;
   * off, it takes the session as it loads and the other tab is logged out.
   */
  setAutoLoginPrompt(on: boolean): void;
}
