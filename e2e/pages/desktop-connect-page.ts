import type { Locator, Page } from '@playwright/test';

/** The Desktop Connect shell as an agent sees it, selected by role and accessible name only. */
export class DesktopConnectPage {
  readonly agentId: Locator;
  readonly loginButton: Locator;
  readonly logoutButton: Locator;
  readonly dcState: Locator;
  readonly omniModule: Locator;
  readonly omniRegion: Locator;
  readonly loadError: Locator;

  constructor(readonly page: Page) {
    this.agentId = page.getByRole('textbox', { name: 'Agent ID' });
    this.loginButton = page.getByRole('button', { name: 'Log in', exact: true });
    this.logoutButton = page.getByRole('button', { name: 'Log out', exact: true });
    this.dcState = page.getByRole('combobox', { name: 'DC state' });
    this.omniRegion = page.getByRole('region', { name: 'Omni-Channel module' });
    this.omniModule = page.getByRole('region', { name: 'Omni-Channel for Desktop Connect' });
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

  async openSettings(): Promise<void> {
    await this.page.getByRole('link', { name: 'Settings' }).click();
  }

  async openSoftphone(): Promise<void> {
    await this.page.getByRole('link', { name: 'Softphone' }).click();
  }
}
