import type { BridgeIframeProblem } from '../link-problem';

/** What a handshake attempt got from the bridge iframe instead of a hello. */
export type FailedAnswer = { readonly kind: 'refused' } | { readonly kind: 'wrong-origin'; readonly origin: string };

export interface HandshakeSetup {
  /** The bridge page's URL as configured (without the `dcOrigin` omni-mfe adds). */
  readonly bridgeUrl: string;
  readonly consoleOrigin: string;
  /** This page's origin: what the bridge page checks against its allow-list. */
  readonly dcOrigin: string;
  /** How many failed attempts it takes before the status says why. */
  readonly attemptsBeforeDiagnosis: number;
}

/** Follows the handshake attempts of one transport and tells why they fail. */
export interface HandshakeDiagnosis {
  /** A fresh bridge page was loaded: an attempt begins. */
  attemptStarted(): void;
  /** The bridge iframe answered, but not with a hello; true when this ends an attempt under way. */
  answered(answer: FailedAnswer): boolean;
  /** A hello came: a session is open. */
  connected(): void;
  /** An attempt (or the session) ended without a hello; `failedAttempts` counts it. */
  failed(failedAttempts: number): BridgeIframeProblem | undefined;
}

/**
 * Why the handshake fails, once a few attempts have: judged by the latest attempt (so the status
 * follows each fix an integrator makes), which got an answer from another origin, a refusal, or
 * nothing at all. Silence after a session has been open tells nothing new (the bridge page
 * worked, and has stopped answering): the transport's plain reconnecting wording stays.
 *
 * A closure rather than a class: its state lives in local variables, which the minifier shortens.
 */
export function createHandshakeDiagnosis(setup: HandshakeSetup): HandshakeDiagnosis {
  let attempting = false;
  let answer: FailedAnswer | null = null;
  let connectedBefore = false;

  return {
    attemptStarted: () => {
      attempting = true;
      answer = null;
    },
    answered: (failed) => {
      if (!attempting) return false;
      answer = failed;
      return true;
    },
    connected: () => {
      attempting = false;
      connectedBefore = true;
    },
    failed: (failedAttempts) => {
      const seen = attempting ? answer : null;
      attempting = false;
      if (failedAttempts < setup.attemptsBeforeDiagnosis) return undefined;
      if (seen?.kind === 'wrong-origin')
        return { kind: 'wrong-origin', seen: seen.origin, expected: setup.consoleOrigin };
      if (seen?.kind === 'refused') return { kind: 'refused', dcOrigin: setup.dcOrigin };
      return connectedBefore ? undefined : { kind: 'no-answer', bridgeUrl: setup.bridgeUrl };
    },
  };
}
