/**
 * Tab past the last control comes back to the first, Shift+Tab before the first goes to the
 * last. A modal <dialog> makes only its own document inert, and Desktop Connect is a frame in
 * the console: without this, Tab would walk out into the console with the question open.
 * (The CDK's focus trap does the same for 3.8 KB gz; the tab stops here are known: the reason
 * group, which is one stop, or the flag's message, then the buttons.)
 */
export function keepTabInDialog(dialog: HTMLDialogElement, event: KeyboardEvent): void {
  if (event.key !== 'Tab') return;
  const radios = Array.from(dialog.querySelectorAll<HTMLInputElement>('input[type=radio]'));
  const stops = [
    radios.find((r) => r.checked) ?? radios[0] ?? dialog.querySelector('textarea') ?? undefined,
    ...Array.from(dialog.querySelectorAll<HTMLButtonElement>('button:not([disabled])')),
  ].filter((e) => e !== undefined);
  const active = document.activeElement;
  const atStart = active === stops[0] || radios.includes(active as HTMLInputElement);
  const leaving = event.shiftKey ? atStart || active === dialog : active === stops[stops.length - 1];
  if (!leaving || stops.length === 0) return;
  event.preventDefault();
  (event.shiftKey ? stops[stops.length - 1] : stops[0]).focus();
}
