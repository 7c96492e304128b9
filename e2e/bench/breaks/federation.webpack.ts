import { federatedRemote, OMNI_CONTAINER_NAME } from '../../../omni-mfe/federation.webpack';

/**
 * The break build: omni-mfe's container name and federation policy, exposing the shipped
 * lifecycles wrapped by the deliberate breaks (break-lifecycles.ts) instead of them.
 */
export default federatedRemote(OMNI_CONTAINER_NAME, './e2e/bench/breaks/break-lifecycles.ts');
