import { federatedRemote } from '../../../omni-mfe/federation.webpack';

/** The floor app is built exactly as omni-mfe is, under its own container name. */
export default federatedRemote('omniFloor', './e2e/bench/floor-app/src/main.single-spa.ts');
