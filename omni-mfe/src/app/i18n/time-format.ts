/**
 * Times and durations in the agent's locale, through the platform's Intl rather than Angular's
 * locale data: each build is for one locale (BUILD_LOCALE), and Intl costs no initial JS.
 * Formatters are built once per locale: building one per row per change showed in profiles.
 */
const durations = new Map<string, { seconds: Intl.NumberFormat; minutes: Intl.NumberFormat }>();
const clocks = new Map<string, Intl.DateTimeFormat>();

/** A short duration: whole seconds below a minute ("5 sec", "5 Sek."), whole minutes from there ("2 min"). */
export function durationText(seconds: number, locale: string): string {
  let f = durations.get(locale);
  if (!f) {
    const unit = (unit: string) => new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short' });
    f = { seconds: unit('second'), minutes: unit('minute') };
    durations.set(locale, f);
  }
  const whole = Math.max(0, Math.floor(seconds));
  return whole < 60 ? f.seconds.format(whole) : f.minutes.format(Math.floor(whole / 60));
}

/** A time of day as a 24-hour clock with seconds (the sync log's), e.g. "14:05:09". */
export function clockText(at: number, locale: string): string {
  let f = clocks.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });
    clocks.set(locale, f);
  }
  return f.format(at);
}
