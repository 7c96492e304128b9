import assert from 'node:assert/strict';
import { test } from 'node:test';
import { allowInBridgePage, allowInConsolePage } from './extra-origin-pages';

const BRIDGE =
  '<head><script type="application/json" id="dc-omni-bridge-config">{ "adapter": "simulator", "allowedDcOrigins": ["http://127.0.0.1:4200"] }</script><script defer="defer" src="bridge.js"></script></head>';

test('the bridge page allows the extra origins after its own, and keeps the rest of its config', () => {
  const html = allowInBridgePage(BRIDGE, ['http://127.0.0.1:4210', 'http://127.0.0.1:4200']);
  const json = /id="dc-omni-bridge-config">([^<]*)<\/script>/.exec(html)?.[1] ?? '';
  assert.deepEqual(JSON.parse(json), {
    adapter: 'simulator',
    allowedDcOrigins: ['http://127.0.0.1:4200', 'http://127.0.0.1:4210'],
  });
  assert.ok(html.endsWith('<script defer="defer" src="bridge.js"></script></head>'));
});

test('the console page lists the extra origins in data-dc-origins', () => {
  const html = allowInConsolePage(
    '<iframe id="softphone" data-dc-url="http://127.0.0.1:4200/" data-dc-origins="http://127.0.0.1:4200"></iframe>',
    ['http://127.0.0.1:4210'],
  );
  assert.equal(
    html,
    '<iframe id="softphone" data-dc-url="http://127.0.0.1:4200/" data-dc-origins="http://127.0.0.1:4200 http://127.0.0.1:4210"></iframe>',
  );
});

test('a page built without the expected markup is refused, saying to rebuild', () => {
  assert.throws(
    () => allowInBridgePage('<head></head>', ['http://127.0.0.1:4210']),
    /no #dc-omni-bridge-config script: rebuild/,
  );
  assert.throws(
    () => allowInConsolePage('<iframe id="softphone"></iframe>', ['http://127.0.0.1:4210']),
    /no data-dc-origins attribute: rebuild/,
  );
});
