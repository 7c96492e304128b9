/**
 * The lightning:omniToolkitAPI methods the relay calls. The Aura helper (dcOmniRelayHelper.js,
 * ES5 inside Salesforce, unable to import this) wraps the same list in $A.getCallback; a test of
 * the Aura shell checks that the two lists stay equal.
 */
export const TOOLKIT_METHODS = [
  'setServicePresenceStatus',
  'getServicePresenceStatusId',
  'getServicePresenceStatusChannels',
  'getAgentWorks',
  'getAgentWorkload',
  'acceptAgentWork',
  'declineAgentWork',
  'closeAgentWork',
  'logout',
  'raiseAgentWorkFlag',
  'lowerAgentWorkFlag',
] as const;
