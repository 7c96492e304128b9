import { expect, test } from '../fixtures';
import { SHELL_URL } from '../servers/demo-sites';
import { axeViolations } from '../support/axe';

/**
 * The agent's tools (docs/QA.md, docs/DIAGNOSIS.md): a flag raised on an accepted item reaches the
 * console's supervisor view and comes back lowered (Lightning; Classic has no flags), and the
 * diagnosis support is handed carries versions and the link's history but nothing personal.
 */

/** A subject that would run script if it were markup, and one full of personal data. */
const XSS_SUBJECT = `<img src=x onerror="window.__xss=1;top.__xss=1">`;
const PERSONAL_SUBJECT = 'Anna Müller, anna.mueller@example.com, +49 170 1234567';
const FLAG_MESSAGE = 'Kundin verlangt Rückerstattung, bitte übernehmen';
const BEGIN = '----- BEGIN OMNI-CHANNEL DIAGNOSIS JSON -----';
const END = '----- END OMNI-CHANNEL DIAGNOSIS JSON -----';
const SOFTPHONE = 'iframe[title="Desktop Connect softphone"]';

test('a flag raised on an accepted item shows in the supervisor view with its message, and comes back lowered', async ({
  readySim: sim,
  consoleKind,
}) => {
  const caseId = await sim.route({ type: 'Case', subject: 'Printer on fire', priority: 1, capacityWeight: 1 });
  await sim.dc.openWorkPanel();
  const item = sim.dc.workItem('Printer on fire');
  await expect(item.getByRole('button', { name: 'Raise flag' })).toHaveCount(0);
  await item.getByRole('button', { name: 'Accept' }).click();
  await expect(item).toContainText('Accepted');
  if (consoleKind === 'classic') {
    // The Classic console has no work-item flags: no control offers one.
    await expect(sim.dc.workPanel.getByRole('button', { name: /flag/i })).toHaveCount(0);
    return;
  }
  const raise = item.getByRole('button', { name: 'Raise flag' });
  const dialog = sim.page.frameLocator('iframe[title="Desktop Connect softphone"]').getByRole('dialog', {
    name: 'Raise flag',
  });
  // Keyboard only: Enter opens, the message is focused and required, Escape cancels and focus comes back.
  await raise.focus();
  await raise.press('Enter');
  const message = dialog.getByRole('textbox', { name: 'Message for your supervisor' });
  await expect(message).toBeFocused();
  await expect(message).toHaveAttribute('maxlength', '255');
  await message.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Raise flag' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Raise flag' }).press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText('Write what you need help with.');
  await expect(message).toBeFocused();
  await message.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(raise).toBeFocused();
  expect(await sim.call('flags')).toEqual([]);

  await raise.click();
  await expect(dialog).toBeVisible();
  expect(await axeViolations(sim.page, SOFTPHONE, ['omni-reason-code-dialog'])).toEqual([]);
  await message.fill(FLAG_MESSAGE);
  await dialog.getByRole('button', { name: 'Raise flag' }).click();
  await expect(item).toContainText(`Flagged: ${FLAG_MESSAGE}`);
  await sim.dc.syncDetails();
  expect(await axeViolations(sim.page, SOFTPHONE, ['omni-work-item-panel', 'omni-sync-status'])).toEqual([]);
  const raised = sim.page.getByRole('region', { name: 'Supervisor' }).getByRole('list', { name: 'Raised flags' });
  await expect(raised.getByRole('listitem')).toHaveText([
    `Printer on fire — ${FLAG_MESSAGE} (raised by the agent) Lower flag`,
  ]);
  expect((await sim.call('flags')).map((f) => [f.workItemId.slice(0, 15), f.message])).toEqual([
    [caseId.slice(0, 15), FLAG_MESSAGE],
  ]);

  // The flag survives a relay reload (the toolkit cannot read flags back; omni-mfe keeps it).
  await sim.reloadBridgeButton.click();
  await expect(sim.dc.consoleConnection).toHaveText('Connected to the Salesforce console');
  await expect(item).toContainText(`Flagged: ${FLAG_MESSAGE}`);

  await raised.getByRole('button', { name: 'Lower flag' }).click();
  await expect(item).toContainText('Flag lowered by a supervisor');
  await expect(item.getByRole('button', { name: 'Raise flag' })).toBeVisible();
  await expect(raised).toHaveText('No raised flags');
});

test('a refused raise tells the agent and leaves the item unflagged', async ({ readySim: sim, consoleKind }) => {
  test.skip(consoleKind !== 'lightning', 'the Classic console has no flags');
  await sim.route({ type: 'Case', subject: 'Printer on fire', priority: 1, capacityWeight: 1 });
  await sim.dc.openWorkPanel();
  const item = sim.dc.workItem('Printer on fire');
  await item.getByRole('button', { name: 'Accept' }).click();
  await sim.call('failNext', 'raiseAgentWorkFlag', 1);
  await item.getByRole('button', { name: 'Raise flag' }).click();
  const dialog = sim.page.frameLocator('iframe[title="Desktop Connect softphone"]').getByRole('dialog');
  await dialog.getByRole('textbox').fill('Help');
  await dialog.getByRole('button', { name: 'Raise flag' }).click();
  await expect(sim.dc.workPanel.getByRole('alert')).toContainText(
    'The flag on Case “Printer on fire” could not be raised',
  );
  await expect(item).not.toContainText('Flagged');
  expect(await sim.call('flags')).toEqual([]);
});

test('the diagnosis of a German agent after a relay reload parses, holds the reload and versions, and nothing personal', async ({
  newSim,
  consoleKind,
  pageErrors,
}) => {
  void pageErrors;
  const sim = newSim();
  await sim.page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await sim.open(`?dc=${encodeURIComponent(`${SHELL_URL}?lang=de`)}`);
  const dc = sim.page.frameLocator('iframe[title="Desktop Connect softphone"]');
  const connected = dc.getByRole('status', { name: 'Konsolenverbindung' });
  await expect(connected).toHaveText('Mit der Salesforce-Konsole verbunden');
  await dc.getByRole('textbox', { name: 'Agenten-ID' }).fill('1001');
  await dc.getByRole('button', { name: 'Anmelden', exact: true }).click();
  await dc.getByRole('combobox', { name: 'DC-Status' }).selectOption({ label: 'Bereit' });
  await expect(dc.getByRole('status', { name: 'Omni-Channel-Abgleich' })).toContainText('Abgleich: abgeglichen');

  const ids = [
    await sim.route({ type: 'Case', subject: XSS_SUBJECT, priority: 1, capacityWeight: 1 }),
    await sim.route({ type: 'Chat', subject: PERSONAL_SUBJECT, priority: 1, capacityWeight: 1 }),
  ];
  await dc.getByRole('button', { name: 'Omni-Channel', exact: true }).click();
  const panel = dc.getByRole('region', { name: 'Omni-Channel-Arbeitselemente' });
  const xssItem = panel.getByRole('listitem').filter({ hasText: XSS_SUBJECT });
  await xssItem.getByRole('button', { name: 'Annehmen' }).click();
  await expect(xssItem).toContainText('Angenommen');
  if (consoleKind === 'lightning') {
    await xssItem.getByRole('button', { name: 'Flagge setzen' }).click();
    const dialog = dc.getByRole('dialog', { name: 'Flagge setzen' });
    await dialog.getByRole('textbox', { name: 'Nachricht an Ihren Supervisor' }).fill(FLAG_MESSAGE);
    await dialog.getByRole('button', { name: 'Flagge setzen' }).click();
    await expect(xssItem).toContainText(`Markiert: ${FLAG_MESSAGE}`);
  }
  await sim.reloadBridgeButton.click();
  await expect(connected).toHaveText('Mit der Salesforce-Konsole verbunden');

  await dc.locator('details', { hasText: 'Abgleichdetails' }).locator('summary').click();
  // The diagnosis writer is a chunk of its own, loaded on first use from omni-mfe's origin (its
  // German build), not from the console's or the shell's.
  const scripts: string[] = [];
  sim.page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await dc.getByRole('button', { name: 'Diagnose kopieren' }).click();
  await expect(dc.getByText('Diagnose kopiert.')).toBeVisible();
  const copied = await sim.page.evaluate(() => navigator.clipboard.readText());
  const [download] = await Promise.all([
    sim.page.waitForEvent('download'),
    dc.getByRole('button', { name: 'Diagnose herunterladen' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^omni-diagnosis-.+\.txt$/);
  expect(scripts).toEqual([expect.stringMatching(/^http:\/\/127\.0\.0\.1:4201\/de\/[\w.]+\.js$/)]);

  const json = JSON.parse(copied.slice(copied.indexOf(BEGIN) + BEGIN.length, copied.indexOf(END))) as Diagnosis;
  expect(json.versions).toEqual(expect.objectContaining({ locale: 'de', protocol: 1, propsContract: 2 }));
  expect(json.versions.omniMfe).toMatch(/^\d+\.\d+\.\d+/);
  expect(json.console.kind).toBe(consoleKind);
  expect(json.agentId).toBe('1001');
  expect(json.link.sessions).toBeGreaterThanOrEqual(2);
  expect(json.link.history.map((e) => e.kind)).toContain('session-restarted');
  // Lightning gives ids in their 18-character form: compare the 15-character prefix.
  expect(json.works.map((w) => w.workItemId.slice(0, 15)).sort()).toEqual(ids.map((id) => id.slice(0, 15)).sort());
  for (const text of [copied, await readAll(download)]) {
    for (const forbidden of [XSS_SUBJECT, PERSONAL_SUBJECT, 'Anna', 'example.com', '1234567', FLAG_MESSAGE, 'Müller'])
      expect(text, `the diagnosis holds "${forbidden}"`).not.toContain(forbidden);
  }
});

interface Diagnosis {
  versions: { omniMfe: string; locale: string; protocol: number; propsContract: number };
  console: { kind: string };
  agentId: string;
  link: { sessions: number; history: { kind: string }[] };
  works: { workItemId: string }[];
}

async function readAll(download: { createReadStream(): Promise<NodeJS.ReadableStream> }): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}
