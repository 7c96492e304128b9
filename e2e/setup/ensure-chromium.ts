/**
 * Unit and e2e tests run in Debian's Chromium (Playwright's own browser download cannot be
 * fetched on these machines). Installs it with apt-get when it is missing.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env['CHROME_BIN'] ?? '/usr/bin/chromium';

function run(command: string): void {
  execSync(command, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

if (!existsSync(CHROMIUM)) {
  console.log(`${CHROMIUM} is missing: installing Debian's chromium with apt-get…`);
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  try {
    run(`${sudo}apt-get update -qq`);
    run(`${sudo}apt-get install -y -qq chromium`);
  } catch {
    console.error(
      `Could not install Chromium. Install it yourself (apt-get install chromium) or point CHROME_BIN at a Chromium or Chrome binary, then run the tests again.`,
    );
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    console.error(`apt-get finished but ${CHROMIUM} is still missing; set CHROME_BIN to your Chromium binary.`);
    process.exit(1);
  }
}
