import { TestBed } from '@angular/core/testing';
import { BUILD_LOCALE } from './build-locale';
import { inGerman } from './testing/german';

describe('BUILD_LOCALE', () => {
  it('is the locale its translation names: en in the source, de with the German file', async () => {
    expect(TestBed.inject(BUILD_LOCALE)).toBe('en');
    TestBed.resetTestingModule();
    expect(await inGerman(() => TestBed.inject(BUILD_LOCALE))).toBe('de');
  });
});
