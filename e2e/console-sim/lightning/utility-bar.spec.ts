import { relayPlacement } from './utility-bar';

const bar = (
  relayRegion: 'Region' | 'Background',
  eager: boolean,
  component = 'c:dcOmniRelay',
) => `<?xml version="1.0"?>
<FlexiPage xmlns="http://soap.sforce.com/2006/04/metadata">
  <flexiPageRegions>
    <itemInstances><componentInstance>
      <componentInstanceProperties><name>eager</name><type>decorator</type><value>${eager}</value></componentInstanceProperties>
      <componentName>${component}</componentName>
    </componentInstance></itemInstances>
    <name>${relayRegion === 'Region' ? 'utilityItems' : 'backgroundComponents'}</name>
    <type>${relayRegion}</type>
  </flexiPageRegions>
  <type>UtilityBar</type>
</FlexiPage>`;
const cmp = (implementsWhat: string, channel = true) =>
  `<!-- implements="lightning:backgroundUtilityItem" in a comment counts for nothing -->
<aura:component implements="${implementsWhat}">${channel ? '<lightning:messageChannel type="dcOmniBridge__c"/>' : ''}</aura:component>`;

describe('relayPlacement (what the org metadata lets the relay do)', () => {
  it('a utility item loaded with the app renders and may use the message channel', () => {
    expect(relayPlacement(bar('Region', true), cmp('lightning:utilityItem'))).toEqual({
      load: 'app-open',
      renders: true,
      problems: [],
    });
  });

  it('a utility item not loaded with the app waits until the agent opens it', () => {
    expect(relayPlacement(bar('Region', false), cmp('lightning:utilityItem')).load).toBe('when-opened');
  });

  it('a background item with a message channel never renders and gets no message', () => {
    for (const placement of [
      relayPlacement(bar('Region', true), cmp('lightning:backgroundUtilityItem')),
      relayPlacement(bar('Background', false), cmp('lightning:utilityItem')),
    ]) {
      expect(placement.renders).toBeFalse();
      expect(placement.problems).toEqual([jasmine.stringMatching(/serves only components that render/)]);
    }
  });

  it('a utility bar without the relay never loads it, and says so', () => {
    expect(relayPlacement(bar('Region', true, 'c:somethingElse'), cmp('lightning:utilityItem'))).toEqual({
      load: 'never',
      renders: false,
      problems: [jasmine.stringMatching(/has no c:dcOmniRelay/)],
    });
  });
});
