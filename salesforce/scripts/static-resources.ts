/**
 * Builds the org's JavaScript static resources from the project's sources: each is one
 * production bundle, written next to its committed -meta.xml (the .js itself is git-ignored).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import webpack, { type Configuration } from 'webpack';

const root = resolve(__dirname, '../..');
export const STATIC_RESOURCES_DIR = resolve(root, 'salesforce/force-app/main/default/staticresources');

export interface StaticResourceSource {
  /** The static resource's name: `$Resource.<name>` in Visualforce and Aura. */
  readonly name: string;
  /** The bundle's entry, relative to the repository root. */
  readonly entry: string;
}

export const STATIC_RESOURCES: readonly StaticResourceSource[] = [
  { name: 'dcOmniBridge', entry: 'omni-mfe/console-side/bridge-main.ts' },
  { name: 'dcOmniRelay', entry: 'omni-mfe/console-side/relay/relay-main.ts' },
];

function resourceConfig(source: StaticResourceSource, outDir: string): Configuration {
  return {
    name: source.name,
    mode: 'production',
    target: ['web', 'es2020'],
    devtool: false,
    entry: { [source.name]: resolve(root, source.entry) },
    // A static resource is one file: no chunks to load from elsewhere, nothing to clean next to it.
    output: { path: outDir, filename: '[name].js', clean: false, iife: true },
    optimization: { splitChunks: false, runtimeChunk: false },
    resolve: { extensions: ['.ts', '.js'], alias: { '@shared': resolve(root, 'shared') } },
    module: {
      rules: [
        {
          test: /\.ts$/,
          exclude: /node_modules/,
          use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: resolve(root, 'tsconfig.json') } },
        },
      ],
    },
    plugins: [new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 })],
    performance: { hints: false },
  };
}

/** Builds every static resource into `outDir`; rejects naming the resource that failed. */
export async function buildStaticResources(
  outDir = STATIC_RESOURCES_DIR,
  sources = STATIC_RESOURCES,
): Promise<string[]> {
  const missing = sources.filter((s) => !existsSync(resolve(root, s.entry)));
  if (missing.length) {
    throw new Error(missing.map((s) => `static resource ${s.name}: its source ${s.entry} is missing`).join('\n'));
  }
  const stats = await new Promise<webpack.MultiStats>((done, fail) =>
    webpack(
      sources.map((s) => resourceConfig(s, outDir)),
      (err, result) => (err || !result ? fail(err ?? new Error('webpack gave no result')) : done(result)),
    ),
  );
  if (stats.hasErrors()) {
    const errors = stats.toJson({ all: false, errors: true }).errors ?? [];
    throw new Error(`static resources did not build:\n${errors.map((e) => e.message).join('\n')}`);
  }
  const written = readdirSync(outDir).filter((f) => f.endsWith('.js'));
  const expected = sources.map((s) => `${s.name}.js`);
  const strays = written.filter((f) => !expected.includes(f));
  if (strays.length) throw new Error(`static resources must be one file each; also written: ${strays.join(', ')}`);
  return expected.map((f) => join(outDir, f));
}
