/** The shell's routes, in one place: Settings (omni-mfe unmounted) and the softphone (everything else). */
export function isSettingsRoute(location: Pick<Location, 'hash'>): boolean {
  return location.hash.startsWith('#/settings');
}
