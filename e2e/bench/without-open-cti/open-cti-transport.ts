/**
 * Stands in for omni-mfe's Open CTI transport in one build only: the measurement build
 * `ng build omni-mfe -c production,without-open-cti` (angular.json), whose initial JS, set
 * beside the shipped build's, gives what the Lightning transport costs every agent
 * (omni-mfe/scripts/report-size.ts). That build is measured, never served: mounting it in a
 * Lightning console stops here with this error.
 */
// The real signature is not imported: this file replaces the module that declares it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export function createOpenCtiTransport(_options: unknown): any {
  throw new Error('This build of omni-mfe was made without the Open CTI transport, to measure what it costs.');
}
