/**
 * A call center definition that Lightning would refuse or that disagrees with itself: the
 * adapter URL must be https (Lightning requires it), the compatibility mode must include
 * Lightning, and the required items must be present with the same values in both places the
 * Metadata API keeps them (the sections and customSettings).
 */
import { XMLParser } from 'fast-xml-parser';

const REQUIRED_ITEMS = [
  'reqAdapterUrl',
  'reqUseApi',
  'reqSoftphoneHeight',
  'reqSoftphoneWidth',
  'reqSalesforceCompatibilityMode',
];

interface CallCenterXml {
  CallCenter?: {
    adapterUrl?: string;
    customSettings?: string;
    sections?: { name: string; items: { name: string; value: unknown }[] }[];
  };
}

export function checkCallCenter(path: string, xml: string): string[] {
  const parsed = new XMLParser({
    isArray: (name) => name === 'sections' || name === 'items',
    parseTagValue: false,
  }).parse(xml) as CallCenterXml;
  const center = parsed.CallCenter;
  if (!center) return [`${path}: is not a CallCenter`];
  const items = new Map((center.sections ?? []).flatMap((s) => s.items ?? []).map((i) => [i.name, String(i.value)]));
  const problems = REQUIRED_ITEMS.filter((name) => !items.has(name)).map(
    (name) => `${path}: required item ${name} is missing`,
  );
  const url = items.get('reqAdapterUrl');
  if (url !== undefined && !/^https:\/\/[^/]+/.test(url))
    problems.push(`${path}: reqAdapterUrl ${url} must be an https URL (Lightning requires it)`);
  if (url !== undefined && center.adapterUrl !== url)
    problems.push(`${path}: adapterUrl ${center.adapterUrl ?? '(none)'} differs from reqAdapterUrl ${url}`);
  const mode = items.get('reqSalesforceCompatibilityMode');
  if (mode !== undefined && mode !== 'Lightning' && mode !== 'Classic_and_Lightning')
    problems.push(`${path}: reqSalesforceCompatibilityMode ${mode} leaves Lightning out; use Classic_and_Lightning`);
  for (const name of ['reqSoftphoneHeight', 'reqSoftphoneWidth']) {
    const value = items.get(name);
    if (value !== undefined && !/^[1-9]\d{1,3}$/.test(value))
      problems.push(`${path}: ${name} ${value} must be a size in pixels`);
  }
  problems.push(...customSettingsProblems(path, center.customSettings, items));
  return problems;
}

function customSettingsProblems(
  path: string,
  customSettings: string | undefined,
  items: ReadonlyMap<string, string>,
): string[] {
  if (customSettings === undefined) return [];
  let settings: Record<string, unknown>;
  try {
    settings = JSON.parse(customSettings) as Record<string, unknown>;
  } catch {
    return [`${path}: customSettings is not JSON`];
  }
  return [...items]
    .filter(([name, value]) => name in settings && String(settings[name]) !== value)
    .map(([name, value]) => `${path}: customSettings ${name} is ${String(settings[name])}, the section says ${value}`);
}
