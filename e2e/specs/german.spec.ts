import { expect, test } from '../fixtures';
import { ConsoleSimPage } from '../pages/console-sim-page';
import { SHELL_URL } from '../servers/demo-sites';
import { axeViolations } from '../support/axe';

const SOFTPHONE = 'iframe[title="Desktop Connect softphone"]';

/**
 * The main flow in German, selecting only by the German accessible names of docs/QA.md: the
 * shell and omni-mfe speak German; the simulated console, the org's subjects and its decline
 * reasons stay as they are.
 */
test.describe('Desktop Connect in German', () => {
  test('one click on "Deutsch" puts the shell in German, and ?lang=de opens it so', async ({ dc, page }) => {
    await dc.open();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('textbox', { name: 'Agenten-ID' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Deutsch' })).toHaveAttribute('aria-current', 'true');

    const fromMfeOrigin: string[] = [];
    page.on(
      'response',
      (r) =>
        r.url().startsWith('http://127.0.0.1:4201/') &&
        fromMfeOrigin.push(`${r.status()} ${new URL(r.url()).pathname}`),
    );
    await page.goto(`${SHELL_URL}?lang=de`);
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.getByRole('button', { name: 'Anmelden', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Einstellungen' })).toBeVisible();
    // omni-mfe's German build, outside the console: it says what it needs, in German.
    await expect(page.getByRole('status', { name: 'Konsolenverbindung' })).toBeAttached();
    await expect(page.getByRole('region', { name: 'Omni-Channel für Desktop Connect' })).toContainText(
      'Melden Sie sich bei Desktop Connect an',
    );
    // The German build alone: its own remoteEntry.js and chunk, nothing of the English one.
    // (The page the click loaded may still be fetching its chunk: responses are counted once each.)
    const fetched = [...new Set(fromMfeOrigin)];
    expect(fetched).toContain('200 /de/remoteEntry.js');
    expect(fetched).toHaveLength(2);
    expect(fetched.filter((f) => /^200 \/de\/(?!main\.)[\w.]+\.js$/.test(f))).toEqual(fetched);
  });

  test('log in, presence both ways, accept, decline with a reason, close', async ({ page, pageErrors }) => {
    void pageErrors;
    const sim = new ConsoleSimPage(page);
    await sim.open(`?dc=${encodeURIComponent(`${SHELL_URL}?lang=de`)}`);
    const dc = page.frameLocator(SOFTPHONE);
    await expect(dc.getByRole('status', { name: 'Konsolenverbindung' })).toHaveText(
      'Mit der Salesforce-Konsole verbunden',
    );

    await dc.getByRole('textbox', { name: 'Agenten-ID' }).fill('1001');
    await dc.getByRole('button', { name: 'Anmelden', exact: true }).click();
    const dcState = dc.getByRole('combobox', { name: 'DC-Status' });
    await expect(dcState).toHaveValue('not-ready');
    await expect(dc.getByRole('region', { name: 'Omni-Channel für Desktop Connect' })).toContainText(
      'DC-Status: Nicht bereit',
    );

    // DC → Omni, then Omni → DC.
    await dcState.selectOption({ label: 'Bereit' });
    const sync = dc.getByRole('status', { name: 'Omni-Channel-Abgleich' });
    await expect(sync).toContainText('Abgleich: abgeglichen');
    await expect.poll(() => sim.presence()).toBe('Available');
    await expect(dc.getByRole('status', { name: 'Omni-Channel-Präsenz' })).toHaveText('Omni-Channel: Available');
    await sim.chooseOmniStatus('On Break');
    await expect(dcState.locator('option:checked')).toHaveText('Nicht bereit – Pause');
    await dcState.selectOption({ label: 'Bereit' });
    await expect.poll(() => sim.presence()).toBe('Available');
    await expect(sync).toContainText('Abgleich: abgeglichen');

    // Two items: the count in German, one accepted and closed, one declined with a reason.
    const launcher = dc.getByRole('button', { name: 'Omni-Channel', exact: true });
    await expect(dc.getByText('0 Arbeitselemente', { exact: true })).toBeAttached();
    const caseId = await sim.route({ type: 'Case', subject: 'Drucker brennt', priority: 1, capacityWeight: 1 });
    await expect(dc.getByText('1 Arbeitselement', { exact: true })).toBeAttached();
    await expect(dc.getByRole('status').filter({ hasText: 'Neu – Kundenvorgang: Drucker brennt' })).toBeAttached();
    const chatId = await sim.route({ type: 'Chat', subject: 'Rückruf bitte', priority: 1, capacityWeight: 1 });
    await expect(dc.getByText('2 Arbeitselemente', { exact: true })).toBeAttached();

    await launcher.click();
    const panel = dc.getByRole('region', { name: 'Omni-Channel-Arbeitselemente' });
    const caseItem = panel.getByRole('listitem').filter({ hasText: 'Drucker brennt' });
    await expect(caseItem).toContainText('Kundenvorgang');
    await expect(caseItem).toContainText('Priorität 1');
    await expect(caseItem).toContainText(/Zugewiesen vor \d+ Sek\./);
    await expect(caseItem).toContainText(/Annehmen innerhalb von \d+ Sek\./);
    await caseItem.getByRole('button', { name: 'Annehmen' }).click();
    await expect(caseItem).toContainText('Angenommen');
    await expect(sim.consoleTabs.getByRole('tab', { name: caseId })).toBeVisible();

    const chatItem = panel.getByRole('listitem').filter({ hasText: 'Rückruf bitte' });
    await chatItem.getByRole('button', { name: 'Ablehnen' }).click();
    const dialog = dc.getByRole('dialog', { name: 'Arbeitselement ablehnen' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Ablehnen' }).click();
    await expect(dialog.getByRole('alert')).toHaveText('Wählen Sie einen Grund, um dieses Arbeitselement abzulehnen.');
    // The reasons are the org's, as it sends them.
    await dialog.getByRole('radiogroup', { name: 'Grund' }).getByRole('radio', { name: 'Not my skill' }).check();
    await dialog.getByRole('button', { name: 'Ablehnen' }).click();
    await expect(chatItem).toHaveCount(0);
    expect((await sim.workOf(chatId)).map((w) => [w.status, w.declineReason])).toEqual([['Declined', 'Not my skill']]);

    await caseItem.getByRole('button', { name: 'Schließen' }).click();
    await expect(caseItem).toHaveCount(0);
    await expect(panel).toContainText('Keine Arbeitselemente.');
    await expect(dc.getByText('0 Arbeitselemente', { exact: true })).toBeAttached();
    expect((await sim.workOf(caseId)).map((w) => w.status)).toEqual(['Closed']);
    // The simulated console stays English.
    await expect(sim.omniWork).toContainText('Case: Drucker brennt — Closed');

    await dc.getByRole('button', { name: 'Abmelden', exact: true }).click();
    await expect.poll(() => sim.presence()).toBe('Offline');
  });

  test('axe finds no violations in the German shell, launcher, panel and dialog', async ({ page, pageErrors }) => {
    void pageErrors;
    const sim = new ConsoleSimPage(page);
    await sim.open(`?dc=${encodeURIComponent(`${SHELL_URL}?lang=de`)}`);
    const dc = page.frameLocator(SOFTPHONE);
    await dc.getByRole('textbox', { name: 'Agenten-ID' }).fill('1001');
    await dc.getByRole('button', { name: 'Anmelden', exact: true }).click();
    await dc.getByRole('combobox', { name: 'DC-Status' }).selectOption({ label: 'Bereit' });
    await expect.poll(() => sim.presence()).toBe('Available');
    await sim.route({ type: 'Case', subject: 'Barrierefrei', priority: 1, capacityWeight: 1 });
    await dc.getByRole('button', { name: 'Omni-Channel', exact: true }).click();
    const item = dc.getByRole('listitem').filter({ hasText: 'Barrierefrei' });
    await expect(item).toBeVisible();
    expect(
      await axeViolations(page, SOFTPHONE, ['.dc-header', 'omni-launcher', 'omni-work-item-panel', 'omni-sync-status']),
    ).toEqual([]);
    await item.getByRole('button', { name: 'Ablehnen' }).click();
    await expect(dc.getByRole('dialog', { name: 'Arbeitselement ablehnen' })).toBeVisible();
    expect(await axeViolations(page, SOFTPHONE, ['omni-reason-code-dialog'])).toEqual([]);
  });
});
