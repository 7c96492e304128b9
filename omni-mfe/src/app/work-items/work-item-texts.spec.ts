import { inGerman } from '../i18n/testing/german';
import { workItemName } from './state/work-item';
import { acceptWithinText, assignedAgoText, workTypeLabel } from './work-item-texts';

describe('work-item texts', () => {
  it('says how long an item waited and how long is left, in English', () => {
    expect(assignedAgoText(5, 'en')).toBe('Assigned 5 sec ago');
    expect(assignedAgoText(125, 'en')).toBe('Assigned 2 min ago');
    expect(acceptWithinText(20, 'en')).toBe('Accept within 20 sec');
    expect(acceptWithinText(0, 'en')).toBe('Time is up');
  });

  it('says the same in German, with German units', async () => {
    await inGerman(() => {
      expect(assignedAgoText(5, 'de')).toBe('Zugewiesen vor 5 Sek.');
      expect(assignedAgoText(125, 'de')).toBe('Zugewiesen vor 2 Min.');
      expect(acceptWithinText(20, 'de')).toBe('Annehmen innerhalb von 20 Sek.');
      expect(acceptWithinText(0, 'de')).toBe('Die Zeit ist abgelaufen');
    });
  });

  it('names types in the agent’s language and keeps the org’s subject as it came', async () => {
    const item = { type: 'Case', label: 'Drucker brennt / Printer on fire' } as const;
    expect(workItemName(item)).toBe('Case “Drucker brennt / Printer on fire”');
    await inGerman(() => {
      expect(workTypeLabel('Lead')).toBe('Lead');
      expect(workItemName(item)).toBe('Kundenvorgang „Drucker brennt / Printer on fire“');
    });
  });
});
