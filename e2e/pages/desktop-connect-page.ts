import type { FrameLocator, Locator, Page } from '@playwright/test';

/** The Desktop Connect shell as an agent sees it, selected by role and accessible name only. */
export class DesktopConnectPage {
  readonly agentId: Locator;
  readonly loginButton: Locator;
  readonly logoutButton: Locator;
  readonly dcState: Locator;
  readonly omniModule: Locator;
  readonly omniRegion: Locator;
  readonly loadError: Locator;

  readonly omniPresence: Locator;
  readonly consoleConnection: Locator;
  readonly syncStatus: Locator;
  readonly launcher: Locator;
  readonly workPanel: Locator;
  readonly declineDialog: Locator;

  /** `root` is the page itself, or the softphone frame when DC runs inside the console. */
  constructor(
    readonly page: Page,
    private readonly root: Page | FrameLocator = page,
  ) {
    this.omniPresence = root.getByRole('status', { name: 'Omni-Channel presence' });
    this.consoleConnection = root.getByRole('status', { name: 'Console connection' });
    this.syncStatus = root.getByRole('status', { name: 'Omni-Channel sync' });
    this.launcher = root.getByRole('button', { name: 'Omni-Channel', exact: true });
    this.workPanel = root.getByRole('region', { name: 'Omni-Channel work items' });
    this.declineDialog = root.getByRole('dialog', { name: 'Decline work item' });
    this.agentId = root.getByRole('textbox', { name: 'Agent ID' });
    this.loginButton = root.getByRole('button', { name: 'Log in', exact: true });
    this.logoutButton = root.getByRole('button', { name: 'Log out', exact: true });
    this.dcState = root.getByRole('combobox', { name: 'DC state' });
    this.omniRegion = root.getByRole('region', { name: 'Omni-Channel module' });
    this.omniModule = root.getByRole('region', { name: 'Omni-Channel for Desktop Connect' });
    this.loadError = this.omniRegion.getByRole('alert');
  }

  async open(query = ''): Promise<void> {
    await this.page.goto(`/${query}`);
  }

  async logIn(agentId: string): Promise<void> {
    await this.agentId.fill(agentId);
    await this.loginButton.click();
  }

  async chooseDcState(label: string): Promise<void> {
    await this.dcState.selectOption({ label });
  }

  async logOut(): Promise<void> {
    await this.logoutButton.click();
  }

  /** The count bubble's text: "1 work item", "N work items". */
  workItemCount(n: number): Locator {
    return this.root.getByText(n === 1 ? '1 work item' : `${n} work items`, { exact: true });
  }

  /** The panel's list item for a work item, found by its label. */
  workItem(label: string): Locator {
    return this.workPanel.getByRole('listitem').filter({ hasText: label });
  }

  async openWorkPanel(): Promise<void> {
    if ((await this.launcher.getAttribute('aria-expanded')) !== 'true') await this.launcher.click();
  }

  /** Opens "Sync details" (if closed) and returns its text: writes made and the sync log. */
  async syncDetails(): Promise<string> {
    const details = this.root.locator('details', { hasText: 'Sync details' });
    if (!(await details.evaluate((el) => (el as HTMLDetailsElement).open))) await details.locator('summary').click();
    return (await details.textContent()) ?? '';
  }

  async openSettings(): Promise<void> {
    await this.root.getByRole('link', { name: 'Settings' }).click();
  }

  async openSoftphone(): Promise<void> {
    await this.root.getByRole('link', { name: 'Softphone' }).click();
  }
}
