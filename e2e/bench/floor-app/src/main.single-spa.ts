/**
 * The floor app for benchmarks: the least a zoneless Angular 21 + NgRx + single-spa-angular remote
 * can be. omni-mfe's size and mount time are reported as ratios to this, built in the same run.
 */
import { ChangeDetectionStrategy, Component, inject, provideZonelessChangeDetection } from '@angular/core';
import { bootstrapApplication, platformBrowser } from '@angular/platform-browser';
import { provideEffects } from '@ngrx/effects';
import { createAction, createFeature, createReducer, on, provideState, provideStore, Store } from '@ngrx/store';
import { singleSpaAngular } from 'single-spa-angular';

const ticked = createAction('[Floor] Ticked');
const floorFeature = createFeature({
  name: 'floor',
  reducer: createReducer(
    { count: 0 },
    on(ticked, (s) => ({ count: s.count + 1 })),
  ),
});

@Component({
  selector: 'floor-root',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<section aria-label="Floor app">
    <button type="button" (click)="tick()">Ticks: {{ count() }}</button>
  </section>`,
})
class FloorRoot {
  private readonly store = inject(Store);
  protected readonly count = this.store.selectSignal(floorFeature.selectCount);
  protected tick(): void {
    this.store.dispatch(ticked());
  }
}

const lifecycles = singleSpaAngular({
  bootstrapFunction: () =>
    bootstrapApplication(
      FloorRoot,
      { providers: [provideZonelessChangeDetection(), provideStore(), provideState(floorFeature), provideEffects()] },
      { platformRef: platformBrowser() },
    ),
  template: '<floor-root />',
  NgZone: 'noop',
});

export const bootstrap = lifecycles.bootstrap;
export const mount = lifecycles.mount;
export const unmount = lifecycles.unmount;
