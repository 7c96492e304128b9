/** P1 and P5 of `npm run bench`: the whole demo, its latency and its burst, with their sanity checks. */
import type { Browser } from '@playwright/test';
import type { ToolkitCallCount } from '../console-sim/control-api';
import { burst, ITEMS, ONE_MORE, rawBurst } from './burst';
import { ids } from './burst-checks';
import { consoleControl, openDemo, stampArrivals } from './demo-harness';
import type { Row, SanityChecks } from './figures';
import { dcToOmni, omniToDc } from './latency';
import { rawRoundTrips } from './raw-trips';
import { burstRows, latencyRows } from './demo-rows';

export async function demoFigures(
  browser: Browser,
  sanity: SanityChecks,
  changes: number,
  families: { p1: boolean; p5: boolean },
): Promise<Row[]> {
  const demo = await browser.newPage();
  demo.on('pageerror', (e) => console.error('page error:', e.message));
  await stampArrivals(demo);
  const shell = await openDemo(demo);
  try {
    const rows = families.p1 ? await latency(demo, shell, sanity, changes) : [];
    return families.p5 ? [...rows, ...(await storm(demo, shell, sanity))] : rows;
  } finally {
    await demo.close();
  }
}

type Demo = Parameters<typeof dcToOmni>[0];
type Shell = Parameters<typeof dcToOmni>[1];

async function latency(demo: Demo, shell: Shell, sanity: SanityChecks, n: number): Promise<Row[]> {
  const calls = async () =>
    (await consoleControl<Record<string, ToolkitCallCount>>(demo, 'toolkitCalls'))['setServicePresenceStatus'];
  const quiet = await rawRoundTrips(shell, n);
  const c0 = await calls();
  const toOmni = await dcToOmni(demo, shell, n);
  const c1 = await calls();
  sanity.check(toOmni.lost === 0, `P1 every DC change confirmed within 10 s`, `${toOmni.lost} of ${n} never confirmed`);
  sanity.check(
    c1.calls - c0.calls === n,
    `P1 one toolkit call per DC change`,
    `${c1.calls - c0.calls} calls for ${n} changes`,
  );
  sanity.check(
    c1.succeeded - c0.succeeded === n && c1.failed === c0.failed,
    `P1 every toolkit answer succeeded`,
    `${c1.succeeded - c0.succeeded} succeeded, ${c1.failed - c0.failed} failed`,
  );
  const presence = await consoleControl<string>(demo, 'presence');
  sanity.check(
    presence === (toOmni.last === 'ready' ? 'Available' : 'Busy'),
    `P1 the console ends at the last DC change's status`,
    `DC ${toOmni.last}, console ${presence}`,
  );
  const toDc = await omniToDc(demo, shell, n);
  const c2 = await calls();
  sanity.check(
    toDc.lost === 0,
    `P1 every console change reached the DC header within 10 s`,
    `${toDc.lost} of ${n} never did`,
  );
  sanity.check(
    c2.calls === c1.calls,
    `P1 console changes cause no toolkit write back`,
    `${c2.calls - c1.calls} writes`,
  );
  return latencyRows({ quiet, toOmni, toDc, n });
}

async function storm(demo: Demo, shell: Shell, sanity: SanityChecks): Promise<Row[]> {
  const rawBurstMs = await rawBurst(shell);
  const b = await burst(demo, shell);
  sanity.check(b.counted === ITEMS, `P5 every burst item counted by omni-mfe`, `${ITEMS - b.counted} of ${ITEMS} lost`);
  sanity.check(
    b.consoleAssigned === ITEMS + ONE_MORE,
    `P5 the console holds every item routed`,
    `${b.consoleAssigned} Assigned for ${ITEMS + ONE_MORE} routed`,
  );
  sanity.check(
    b.oneMoreLost === 0,
    `P5 every one-more item reached its row`,
    `${b.oneMoreLost} of ${ONE_MORE} never did`,
  );
  sanity.check(
    b.reconnects === 0 && b.resyncs === 0,
    `P5 no reconnect or resync could have repaired a loss`,
    `${b.reconnects} reconnects, ${b.resyncs} resyncs`,
  );
  sanity.check(
    b.presence.shown === b.presence.console,
    `P5 omni-mfe's presence equals the console's after the burst`,
    `shows ${b.presence.shown}, console ${b.presence.console}`,
  );
  sanity.check(
    b.dcHeader.shown === b.dcHeader.expected,
    `P5 the DC header ends at the DC state the burst's last Omni status maps to`,
    `the header shows ${b.dcHeader.shown || 'nothing'}, the mapping says ${b.dcHeader.expected}`,
  );
  sanity.check(
    b.byId.missing.length === 0 && b.byId.extra.length === 0,
    `P5 the panel's items are the console's Assigned AgentWork, by work id`,
    [
      b.byId.missing.length ? `not in the panel: ${ids(b.byId.missing)}` : '',
      b.byId.extra.length ? `in the panel, not Assigned in the console: ${ids(b.byId.extra)}` : '',
    ]
      .filter(Boolean)
      .join('; '),
  );
  sanity.check(b.writes === 0, `P5 the burst's Omni → DC changes cause no toolkit write back`, `${b.writes} writes`);
  return burstRows(b, rawBurstMs);
}
