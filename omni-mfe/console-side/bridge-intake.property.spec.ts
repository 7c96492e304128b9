import { bridgeWindowIntakeIsSafe } from './testing/bridge-intake.properties';

describe('bridge page intake (property)', () => {
  it('drops hostile messages from any origin or window without reaching the console', () => {
    spyOn(window, 'postMessage');
    bridgeWindowIntakeIsSafe(1000, new EventTarget(), window, null);
  });
});
