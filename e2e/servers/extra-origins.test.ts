import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { test } from 'node:test';
import { parseExtraDcOrigins } from './extra-origins';

test('no variable, or an empty one, adds no origin', () => {
  assert.deepEqual(parseExtraDcOrigins(undefined), []);
  assert.deepEqual(parseExtraDcOrigins(' , '), []);
});

test('comma-separated exact origins are kept once each, spaces trimmed', () => {
  assert.deepEqual(parseExtraDcOrigins('http://127.0.0.1:4210, https://dc.example.com,http://127.0.0.1:4210'), [
    'http://127.0.0.1:4210',
    'https://dc.example.com',
  ]);
});

test('a path, a trailing slash, a missing scheme or another scheme is refused, naming each', () => {
  assert.throws(
    () => parseExtraDcOrigins('http://127.0.0.1:4210/,127.0.0.1:4211,javascript:alert(1),https://ok.example.com'),
    (err: Error) =>
      err.message.startsWith('DEMO_EXTRA_DC_ORIGINS must list exact origins') &&
      err.message.includes('"http://127.0.0.1:4210/"') &&
      err.message.includes('"127.0.0.1:4211"') &&
      err.message.includes('"javascript:alert(1)"') &&
      !err.message.includes('ok.example.com'),
  );
});

test('npm start refuses a malformed DEMO_EXTRA_DC_ORIGINS before serving anything', () => {
  const run = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', resolve(__dirname, 'serve-demo.ts')],
    {
      env: { ...process.env, DEMO_EXTRA_DC_ORIGINS: 'http://127.0.0.1:8080/' },
      encoding: 'utf8',
      timeout: 30_000,
    },
  );
  assert.equal(run.status, 1);
  assert.match(
    run.stderr,
    /^The demo could not start: DEMO_EXTRA_DC_ORIGINS must list exact origins .* Not an origin: "http:\/\/127\.0\.0\.1:8080\/"\./m,
  );
  assert.equal(run.stdout, '');
});
