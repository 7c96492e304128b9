/** Serves the built demo, each part on its own origin, and prints the URL to open. */
import { DEMO_SITES, DEMO_URL } from './demo-sites';
import { serveStaticSite } from './static-site';

async function main(): Promise<void> {
  for (const site of DEMO_SITES) {
    await serveStaticSite(site);
    console.log(`  ${site.name.padEnd(24)} http://127.0.0.1:${site.port}/`);
  }
  console.log(`\nDesktop Connect demo is ready: open ${DEMO_URL}\n(Ctrl+C stops it.)`);
}

main().catch((err: Error) => {
  console.error(`The demo could not start: ${err.message}`);
  process.exit(1);
});
