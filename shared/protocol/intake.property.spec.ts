import {
  intakeAcceptsOnlyExactEnvelopes,
  intakeKeepsExactlyWhatIsValid,
  intakeNeverThrows,
} from './testing/intake.properties';

describe('bridge intake (property)', () => {
  it('never throws on anything at all', () => intakeNeverThrows(2000));
  it('accepts a near-envelope only when it is exactly right, and then returns plain, bounded data', () =>
    intakeAcceptsOnlyExactEnvelopes(5000));
  it('keeps valid messages exactly as sent and refuses each one broken in one field', () =>
    intakeKeepsExactlyWhatIsValid(1000));
});
