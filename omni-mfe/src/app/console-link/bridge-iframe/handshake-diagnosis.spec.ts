import { createHandshakeDiagnosis, type HandshakeDiagnosis } from './handshake-diagnosis';

describe('handshake diagnosis', () => {
  const setup = {
    bridgeUrl: 'https://acme.my.salesforce.com/apex/dcOmniBridge',
    consoleOrigin: 'https://acme.my.salesforce.com',
    dcOrigin: 'https://dc.example.com',
    attemptsBeforeDiagnosis: 2,
  };
  let diagnosis: HandshakeDiagnosis;

  beforeEach(() => (diagnosis = createHandshakeDiagnosis(setup)));

  /** One attempt that got `answer` (or nothing), then failed as attempt number `n`. */
  function attempt(n: number, answer?: Parameters<HandshakeDiagnosis['answered']>[0]) {
    diagnosis.attemptStarted();
    if (answer) expect(diagnosis.answered(answer)).toBeTrue();
    return diagnosis.failed(n);
  }

  it('says nothing after the first failed attempt: one may be bad luck', () => {
    expect(attempt(1)).toBeUndefined();
    expect(attempt(1, { kind: 'refused' })).toBeUndefined();
  });

  it('names the bridge URL when attempts get no answer at all', () => {
    attempt(1);
    expect(attempt(2)).toEqual({ kind: 'no-answer', bridgeUrl: setup.bridgeUrl });
  });

  it('names both origins when the bridge iframe answers from another origin', () => {
    const vf = 'https://acme--c.vf.force.com';
    attempt(1, { kind: 'wrong-origin', origin: vf });
    expect(attempt(2, { kind: 'wrong-origin', origin: vf })).toEqual({
      kind: 'wrong-origin',
      seen: vf,
      expected: setup.consoleOrigin,
    });
  });

  it('names this Desktop Connect origin when the bridge page refused it', () => {
    attempt(1, { kind: 'refused' });
    expect(attempt(2, { kind: 'refused' })).toEqual({ kind: 'refused', dcOrigin: setup.dcOrigin });
  });

  it('judges by the latest attempt, so the status follows each fix', () => {
    attempt(1, { kind: 'wrong-origin', origin: 'https://acme--c.vf.force.com' });
    expect(attempt(2, { kind: 'refused' })).toEqual(jasmine.objectContaining({ kind: 'refused' }));
    expect(attempt(3)).toEqual(jasmine.objectContaining({ kind: 'no-answer' }));
  });

  it('ignores answers outside an attempt (between attempts, or in a session)', () => {
    expect(diagnosis.answered({ kind: 'refused' })).toBeFalse();
    diagnosis.attemptStarted();
    diagnosis.connected();
    expect(diagnosis.answered({ kind: 'refused' })).toBeFalse();
  });

  it('keeps quiet about silence once a session has been open: the bridge page stopped answering', () => {
    diagnosis.attemptStarted();
    diagnosis.connected();
    // The heartbeat lost the session (attempt 1), then reloads go unanswered.
    expect(diagnosis.failed(1)).toBeUndefined();
    expect(attempt(2)).toBeUndefined();
    expect(attempt(3, { kind: 'refused' })).toEqual(jasmine.objectContaining({ kind: 'refused' }));
  });
});
