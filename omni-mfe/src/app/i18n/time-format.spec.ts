import { clockText, durationText } from './time-format';

describe('time formatting in the build locale', () => {
  it('says seconds below a minute and whole minutes from there, in English', () => {
    expect(durationText(0, 'en')).toBe('0 sec');
    expect(durationText(5, 'en')).toBe('5 sec');
    expect(durationText(59.9, 'en')).toBe('59 sec');
    expect(durationText(60, 'en')).toBe('1 min');
    expect(durationText(185, 'en')).toBe('3 min');
  });

  it('says them the German way in German', () => {
    expect(durationText(5, 'de')).toBe('5 Sek.');
    expect(durationText(185, 'de')).toBe('3 Min.');
    expect(durationText(1500, 'de')).toBe('25 Min.');
  });

  it('groups large numbers as each language does', () => {
    expect(durationText(60 * 1234, 'en')).toBe('1,234 min');
    expect(durationText(60 * 1234, 'de')).toBe('1.234 Min.');
  });

  it('never says a negative duration', () => {
    expect(durationText(-3, 'en')).toBe('0 sec');
  });

  it('shows the sync log clock as 24-hour time with seconds in both', () => {
    const at = new Date(2026, 11, 3, 14, 5, 9).getTime();
    expect(clockText(at, 'en')).toBe('14:05:09');
    expect(clockText(at, 'de')).toBe('14:05:09');
  });
});
