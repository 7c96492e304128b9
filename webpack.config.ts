/**
 * Builds the framework-free web parts: the Desktop Connect shell (the Module Federation host).
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
    output: { path: resolve(root, 'dist', name), filename: '[name].[contenthash:8].js', publicPath: 'auto', clean: true },
    resolve: { extensions: ['.ts', '.js'], alias: { '@shared': resolve(root, 'shared') } },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, use: { loader: 'ts-loader', options: { transpileOnly: true, configFile: resolve(root, 'tsconfig.json') } } }],
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
        shared: { 'single-spa': { singleton: true, strictVersion: true, requiredVersion: pkg.dependencies['single-spa'], eager: false } },
      }),
    ],
  };
}

export default (_env: unknown, argv: { mode?: Configuration['mode'] }): Configuration[] => {
  const mode = argv.mode ?? 'production';
  return [shellConfig(mode)];
};
