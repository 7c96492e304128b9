import { DropLog } from './drop-log';

describe('DropLog', () => {
  it('counts every drop but logs at most one summary per interval', () => {
    let now = 0;
    const lines: string[] = [];
    const log = new DropLog(
      'omni-mfe',
      (line) => lines.push(line),
      () => now,
      5000,
    );
    for (let i = 0; i < 10_000; i++) {
      log.drop(i % 2 ? 'origin' : 'schema', `message ${i}`);
      now += 1;
    }
    expect(log.dropped).toBe(10_000);
    expect(log.counts()).toEqual(jasmine.objectContaining({ origin: 5000, schema: 5000 }));
    expect(lines.length).toBe(2);
    expect(lines[1]).toMatch(
      /^omni-mfe: dropped bridge messages \((schema|origin) \d+, (schema|origin) \d+\); last: message \d+$/,
    );
  });
});
