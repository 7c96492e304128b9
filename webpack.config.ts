/**
 * Builds the framework-free web parts: the Desktop Connect shell (the Module Federation host),
 * the console bridge page (deployed to the console's origin), the Lightning relay's script and
 * the simulated console.
 * omni-mfe itself is built by the Angular CLI (angular.json + omni-mfe/federation.webpack.ts).
 */
import { resolve } from 'node:path';
import CopyPlugin from 'copy-webpack-plugin';
import HtmlWebpackPlugin from 'html-webpack-plugin';
import { container, type Configuration } from 'webpack';
import pkg from './package.json';

const root = __dirname;

function baseConfig(name: string, mode: Configuration['mode']): Configuration {
  return {
    name,
    mode,
    devtool: mode === 'production' ? false : 'source-map',
    output: {
      path: resolve(root, 'dist', name),
      filename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
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
    performance: { hints: false },
  };
}

function shellConfig(mode: Configuration['mode']): Configuration {
  return {
    ...baseConfig('shell', mode),
    entry: { main: resolve(root, 'shell/index.ts') },
    plugins: [
      new HtmlWebpackPlugin({ template: resolve(root, 'shell/index.html'), scriptLoading: 'defer' }),
      new CopyPlugin({ patterns: [{ from: resolve(root, 'shell/public') }] }),
      // The shell hosts remotes whose URLs come from dc-manifest.json at run time, so it declares
      // no static remotes; it offers single-spa as the one singleton every MFE must share.
      new container.ModuleFederationPlugin({
        name: 'dcShell',
        shared: {
          'single-spa': {
            singleton: true,
            strictVersion: true,
            requiredVersion: pkg.dependencies['single-spa'],
            eager: false,
          },
        },
      }),
    ],
  };
}

/** The bridge page: a product artifact of its own, served from the console's origin. */
function bridgeConfig(mode: Configuration['mode']): Configuration {
  return {
    ...baseConfig('bridge', mode),
    entry: { bridge: resolve(root, 'omni-mfe/console-side/bridge-main.ts') },
    plugins: [
      new HtmlWebpackPlugin({
        template: resolve(root, 'omni-mfe/console-side/bridge.html'),
        filename: 'bridge.html',
        scriptLoading: 'defer',
      }),
    ],
  };
}

/**
 * The Lightning relay's logic: one unhashed script, dist/relay/dcOmniRelay.js, that the org holds
 * as a static resource and the Aura utility item loads (see omni-mfe/console-side/relay/relay-main.ts).
 * No HTML and no chunks: a static resource is one file, loaded by name.
 */
function relayConfig(mode: Configuration['mode']): Configuration {
  const base = baseConfig('relay', mode);
  return {
    ...base,
    entry: { dcOmniRelay: resolve(root, 'omni-mfe/console-side/relay/relay-main.ts') },
    output: { ...base.output, filename: '[name].js', publicPath: '' },
    optimization: { splitChunks: false, runtimeChunk: false },
  };
}

/** Where the org serves Open CTI's script to softphones; the simulated console serves its own there. */
const OPENCTI_PATH = 'support/api/62.0/lightning/opencti_min.js';

/** The simulated Salesforce console the demo and the e2e suites run against, and its opencti_min.js. */
function consoleSimConfig(mode: Configuration['mode']): Configuration {
  const base = baseConfig('console-sim', mode);
  return {
    ...base,
    entry: {
      'console-sim': resolve(root, 'e2e/console-sim/sim-main.ts'),
      opencti: resolve(root, 'e2e/console-sim/lightning/opencti-main.ts'),
    },
    output: {
      ...base.output,
      filename: (pathData) => (pathData.chunk?.name === 'opencti' ? OPENCTI_PATH : '[name].[contenthash:8].js'),
    },
    optimization: { splitChunks: false, runtimeChunk: false },
    plugins: [
      new HtmlWebpackPlugin({
        template: resolve(root, 'e2e/console-sim/index.html'),
        scriptLoading: 'defer',
        chunks: ['console-sim'],
      }),
      new CopyPlugin({ patterns: [{ from: resolve(root, 'e2e/console-sim/console-sim.css') }] }),
    ],
  };
}

export default (_env: unknown, argv: { mode?: Configuration['mode'] }): Configuration[] => {
  const mode = argv.mode ?? 'production';
  return [shellConfig(mode), bridgeConfig(mode), relayConfig(mode), consoleSimConfig(mode)];
};
