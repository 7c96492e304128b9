import { expect, test } from '../fixtures';
import { consoleUrl } from '../pages/console-sim-page';

test.describe('the console URL’s ?timing=adverse', () => {
  test('without a seed, a fresh one is printed and shown; the other console keeps it; setTiming switches it', async ({
    page,
    pageErrors,
  }) => {
    void pageErrors;
    const printed = page.waitForEvent('console', (msg) => msg.text().startsWith('Timing: adverse, seed '));
    await page.goto(`${consoleUrl('lightning')}&timing=adverse`);
    const seed = Number((await printed).text().match(/seed (\d+)/)?.[1]);
    const timing = page.getByRole('status', { name: 'Console timing' });
    await expect(timing).toHaveText(`Timing: adverse, seed ${seed} (replay: ?timing=adverse&seed=${seed})`);
    const control = () =>
      page.evaluate(() =>
        (
          window as unknown as { omniConsoleSimulator: { control: { timing(): unknown } } }
        ).omniConsoleSimulator.control.timing(),
      );
    expect(await control()).toEqual({ profile: 'adverse', seed });

    // Replayed in the Classic console through the link, with ?dc= and the seed kept.
    await page.goto(`${consoleUrl('lightning')}&timing=adverse&seed=${seed}`);
    await page.getByRole('link', { name: 'Classic console' }).click();
    await expect(page).toHaveURL(new RegExp(`timing=adverse&seed=${seed}`));
    await expect(timing).toHaveText(`Timing: adverse, seed ${seed} (replay: ?timing=adverse&seed=${seed})`);

    await page.evaluate(() =>
      (
        window as unknown as { omniConsoleSimulator: { control: { setTiming(p: string): void } } }
      ).omniConsoleSimulator.control.setTiming('calm'),
    );
    await expect(timing).toBeHidden();
    expect(await control()).toEqual({ profile: 'calm', seed });
  });
});
