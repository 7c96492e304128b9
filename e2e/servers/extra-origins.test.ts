import assert from 'node:assert/strict';
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
