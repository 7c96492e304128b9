/**
 * The layout region omni-mfe mounts into, with a place beside it to explain a module that
 * could not be loaded. The region is the shell's; everything inside `container` is omni-mfe's
 * (including the hidden console bridge iframe, so that unmount takes it away too).
 */
export interface OmniRegion {
  readonly container: HTMLElement;
  showError(text: string): void;
  clearError(): void;
}

export function omniRegion(region: HTMLElement): OmniRegion {
  const doc = region.ownerDocument;
  const error = doc.createElement('p');
  error.className = 'omni-load-error';
  error.setAttribute('role', 'alert');
  error.hidden = true;
  const container = doc.createElement('div');
  container.className = 'omni-container';
  region.replaceChildren(error, container);
  return {
    container,
    showError(text) {
      error.textContent = text;
      error.hidden = false;
    },
    clearError() {
      error.textContent = '';
      error.hidden = true;
    },
  };
}
