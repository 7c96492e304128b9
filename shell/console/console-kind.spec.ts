import { manifestFileFor } from '../remote/dc-manifest';
import { consoleKindFromOpenCti, manifestQuery } from './console-kind';

describe('consoleKindFromOpenCti (which console framed the softphone)', () => {
  const lightning =
    '?mode=Lightning&isdtp=vw&sfdcIframeOrigin=https%3A%2F%2Facme.lightning.force.com&nonce=5d05ff&ltn_app_id=06m1U&clc=0';

  it('reads Lightning from what Open CTI appends to the adapter URL', () => {
    expect(consoleKindFromOpenCti(lightning)).toBe('lightning');
    expect(consoleKindFromOpenCti('?sfdcIframeOrigin=https://acme.develop.lightning.force.com')).toBe('lightning');
    expect(consoleKindFromOpenCti('?sfdcIFrameOrigin=https://acme--uat.sandbox.lightning.force.com')).toBe('lightning');
  });

  it('reads Classic from a Salesforce origin that is not Lightning', () => {
    expect(consoleKindFromOpenCti('?sfdcIframeOrigin=https://acme.my.salesforce.com')).toBe('classic');
  });

  it('says nothing when Open CTI said nothing', () => {
    expect(consoleKindFromOpenCti('')).toBeNull();
    expect(consoleKindFromOpenCti('?agent=1001&console=lightning')).toBeNull();
    expect(consoleKindFromOpenCti('?sfdcIframeOrigin=not-a-url')).toBeNull();
  });

  it("chooses the manifest from Open CTI's word first, the page's ?console= only when nothing says", () => {
    expect(manifestFileFor(manifestQuery(lightning))).toBe('dc-manifest.lightning.json');
    expect(manifestFileFor(manifestQuery('?sfdcIframeOrigin=https://acme.my.salesforce.com&console=lightning'))).toBe(
      'dc-manifest.json',
    );
    expect(manifestFileFor(manifestQuery('?console=lightning'))).toBe('dc-manifest.lightning.json');
    expect(manifestFileFor(manifestQuery(''))).toBe('dc-manifest.json');
  });
});
