// An async boundary, so that webpack can set up the shared-module scope before any shared
// module (single-spa) is evaluated.
import('./bootstrap').catch((err: unknown) => console.error('Desktop Connect could not start', err));
