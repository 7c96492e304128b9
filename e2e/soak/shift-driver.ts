/**
 * What the shift soak does inside the Desktop Connect frame, as an agent would: by the header's
 * DC state control and omni-mfe's buttons, found by their names. Installed once per page with
 * `frame.evaluate(INSTALL_DRIVER)`; every wait has a deadline and says what it waited for.
 */
export interface ShiftDriver {
  connected(): Promise<void>;
  /** Waits until the DC header shows `key` (e.g. `not-ready:break`). */
  untilDc(key: string): Promise<void>;
  /** Chooses a DC state in the header, then waits until omni-mfe shows `presence` from the console. */
  setDc(key: string, presence: string): Promise<void>;
  /** Takes one routed item through the panel: accept then close, or decline with a reason. */
  handle(label: string, how: 'accept' | 'decline'): Promise<void>;
  /** The panel's items as "label Accepted|Assigned", and the DC header's and presence's text. */
  read(): { panel: string[]; dc: string; presence: string; count: string; connection: string };
}

export const INSTALL_DRIVER = (): void => {
  // Waits look again on every change to the frame's DOM, and every 50 ms for what changes no
  // node (the header's select takes its value as a property): polling every few ms would make
  // the frame's main thread busier the longer each wait lasts, and the soak measures that thread.
  const until = (what: string, check: () => unknown, ms = 10_000) =>
    new Promise<void>((resolve, reject) => {
      if (check()) return resolve();
      const done = (err?: Error) => {
        observer.disconnect();
        clearInterval(poll);
        clearTimeout(deadline);
        if (err) reject(err);
        else resolve();
      };
      const look = () => check() && done();
      const observer = new MutationObserver(look);
      observer.observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true });
      const poll = setInterval(look, 50);
      const deadline = setTimeout(() => done(new Error(`no ${what} within ${ms} ms`)), ms);
    });
  const status = (name: string) =>
    [...document.querySelectorAll('[role=status]')]
      .find((e) => e.getAttribute('aria-label') === name)
      ?.textContent?.trim() ?? '';
  const header = () => document.querySelector('select[name=dcState]') as HTMLSelectElement;
  const items = () => [...document.querySelectorAll('omni-work-item-panel li')];
  const item = (label: string) => items().find((li) => li.querySelector('.label')?.textContent?.trim() === label);
  const button = (name: string, scope: ParentNode | null | undefined) =>
    [...(scope?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.trim() === name && !b.disabled);
  const press = async (name: string, scope: () => ParentNode | null | undefined) => {
    await until(`button "${name}"`, () => button(name, scope()), 5000);
    button(name, scope())!.click();
  };
  const driver: ShiftDriver = {
    async connected() {
      await until(
        'console connection',
        () => status('Console connection') === 'Connected to the Salesforce console',
        20_000,
      );
      await until('sync', () => status('Omni-Channel sync').startsWith('Sync: in sync'), 10_000);
      await until(
        'presence read',
        () =>
          status('Omni-Channel presence').startsWith('Omni-Channel: ') &&
          status('Omni-Channel presence') !== 'Omni-Channel: unknown',
        10_000,
      );
    },
    untilDc: (key) => until(`DC state ${key} (header shows ${header().value})`, () => header().value === key),
    async setDc(key, presence) {
      header().value = key;
      header().dispatchEvent(new Event('change'));
      await until(
        `presence ${presence} after DC ${key}`,
        () => status('Omni-Channel presence') === `Omni-Channel: ${presence}`,
      ).catch((err: Error) => {
        const log = [...document.querySelectorAll('[aria-label="Sync log"] li')]
          .slice(0, 4)
          .map((li) => li.textContent?.trim());
        throw new Error(
          `${err.message}; shows "${status('Omni-Channel presence')}", "${status('Omni-Channel sync')}", DC ${header().value}; sync log: ${log.join(' | ')}`,
        );
      });
    },
    async handle(label, how) {
      const launcher = document.querySelector<HTMLButtonElement>('omni-launcher button[aria-expanded]');
      if (launcher && launcher.getAttribute('aria-expanded') !== 'true') launcher.click();
      await until(`item ${label} in the panel`, () => item(label));
      if (how === 'accept') {
        await press('Accept', () => item(label));
        await press('Close', () => item(label));
      } else {
        await press('Decline', () => item(label));
        const dialog = () => document.querySelector('dialog[open]');
        await until('decline dialog', () => dialog()?.querySelector('input[type=radio]'));
        (dialog()!.querySelector('input[type=radio]') as HTMLInputElement).click();
        await press('Decline', dialog);
      }
      await until(`item ${label} gone`, () => !item(label));
    },
    read: () => ({
      panel: items()
        .map(
          (li) =>
            `${li.querySelector('.label')?.textContent?.trim()} ${li.querySelector('.accepted') ? 'Accepted' : 'Assigned'}`,
        )
        .sort(),
      dc: header()?.value ?? '',
      presence: status('Omni-Channel presence'),
      count: [...document.querySelectorAll('omni-launcher .count')].map((e) => e.textContent?.trim()).join(''),
      connection: status('Console connection'),
    }),
  };
  (window as unknown as { __shift: ShiftDriver }).__shift = driver;
};
