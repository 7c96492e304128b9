/**
 * omni-mfe's federation policy: the one place that says what the remote exposes and shares.
 * Applied by @angular-builders/custom-webpack on top of Angular's own webpack config.
 */
import { dirname } from 'node:path';
import type { Configuration } from 'webpack';
import singleSpaAngularWebpack from 'single-spa-angular/lib/webpack';
import pkg from '../package.json';

// The ModuleFederationPlugin must come from the very webpack that Angular's builder runs:
// a second copy crashes in `apply` ("reading 'tap'").
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the path is only known at run time
const angularWebpack = require(
  require.resolve('webpack', { paths: [dirname(require.resolve('@angular-devkit/build-angular/package.json'))] }),
) as typeof import('webpack');

/** The container's global name; the shell's manifest and loader refer to it. */
export const OMNI_CONTAINER_NAME = 'omniMfe';

/**
 * Angular is not shared by default: shared modules are not tree-shaken and make the remote
 * 3-4x larger. A shell hosting several Angular MFEs builds with OMNI_SHARE_ANGULAR=1.
 */
const shareAngular = process.env['OMNI_SHARE_ANGULAR'] === '1';

function singleton(name: string) {
  return {
    [name]: {
      singleton: true,
      strictVersion: true,
      requiredVersion: (pkg.dependencies as Record<string, string>)[name],
    },
  };
}

/** A federated single-spa remote exposing `./lifecycles` (omni-mfe, and the benchmarks' floor app). */
export function federatedRemote(name: string, lifecycles: string) {
  return (config: Configuration, options: unknown): Configuration => remote(config, options, name, lifecycles);
}

export default federatedRemote(OMNI_CONTAINER_NAME, './omni-mfe/src/main.single-spa.ts');

function remote(config: Configuration, options: unknown, name: string, lifecycles: string): Configuration {
  const merged = singleSpaAngularWebpack(config, options as never) as Configuration;
  merged.output = {
    ...merged.output,
    uniqueName: name,
    publicPath: 'auto',
    // Without it webpack emits `import.meta` into remoteEntry.js and a classic script cannot run it.
    scriptType: 'text/javascript',
  };
  merged.optimization = {
    ...merged.optimization,
    runtimeChunk: false,
    ...(shareAngular ? {} : { splitChunks: false }),
  };
  const shared = {
    ...singleton('single-spa'),
    ...(shareAngular
      ? Object.assign(
          {},
          ...[
            '@angular/core',
            '@angular/common',
            '@angular/platform-browser',
            '@ngrx/store',
            '@ngrx/effects',
            'rxjs',
          ].map(singleton),
        )
      : {}),
  };
  merged.plugins = [
    ...(merged.plugins ?? []),
    new angularWebpack.container.ModuleFederationPlugin({
      name,
      filename: 'remoteEntry.js',
      exposes: { './lifecycles': lifecycles },
      shared,
    }),
  ];
  return merged;
}
