import { intakeAcceptsOnlyExactEnvelopes, intakeNeverThrows } from './testing/intake.properties';

describe('bridge intake (property)', () => {
  it('never throws on anything at all', () => intakeNeverThrows(2000));
  it('accepts a near-envelope only when it is exactly right, and then returns plain, bounded data', () => intakeAcceptsOnlyExactEnvelopes(2000));
});
