// Karma for every unit spec in the repository (shared/, shell/, omni-mfe/, e2e/console-sim/),
// in Debian's headless Chromium. Flags: root needs --no-sandbox; the rest keep Chromium from
// reaching for the network, which is closed on these machines.
process.env.CHROME_BIN ||= '/usr/bin/chromium';

module.exports = function (config) {
  config.set({
    basePath: '..',
    frameworks: ['jasmine'],
    plugins: [require('karma-jasmine'), require('karma-chrome-launcher')],
    client: { jasmine: { random: true }, clearContext: false },
    reporters: ['dots'],
    hostname: '127.0.0.1',
    listenAddress: '127.0.0.1',
    browsers: ['ChromeHeadlessCI'],
    customLaunchers: {
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-dev-shm-usage',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
        ],
      },
    },
    browserNoActivityTimeout: 60000,
    singleRun: true,
    restartOnFileChange: false,
  });
};
