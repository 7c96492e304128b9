/** Serves the built demo, each part on its own origin, and prints the URL to open. */
import { BRIDGE_URL, DEMO_URL, demoSites } from './demo-sites';
import { EXTRA_ORIGINS_VARIABLE, parseExtraDcOrigins } from './extra-origins';
import { serveStaticSite } from './static-site';

async function main(): Promise<void> {
  const extraDcOrigins = parseExtraDcOrigins(process.env[EXTRA_ORIGINS_VARIABLE]);
  for (const site of demoSites(extraDcOrigins)) {
    await serveStaticSite(site);
    console.log(`  ${site.name.padEnd(24)} http://127.0.0.1:${site.port}/`);
  }
  console.log(`  ${'Console bridge page'.padEnd(24)} ${BRIDGE_URL}`);
  if (extraDcOrigins.length) {
    console.log(`\nAlso allowed as Desktop Connect (${EXTRA_ORIGINS_VARIABLE}): ${extraDcOrigins.join(', ')}`);
    console.log(`Frame yours in the console with ${DEMO_URL}?dc=${extraDcOrigins[0]}/`);
  }
  console.log(`\nDesktop Connect demo is ready: open ${DEMO_URL}\n(Ctrl+C stops it.)`);
}

main().catch((err: Error) => {
  console.error(`The demo could not start: ${err.message}`);
  process.exit(1);
});
