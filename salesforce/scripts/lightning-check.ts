/**
 * What ties the Lightning console together, checked offline: the console app names a utility bar
 * that is in the project; the utility bar's custom components are; a permission set's app is; and
 * no component that Lightning Message Service cannot serve holds a message channel (LMS serves
 * only components that render: not a background utility item — "Lightning Message Service
 * Limitations" in Salesforce's Aura guide).
 */
import { ProjectFiles } from './project-files';

const uncommented = (text: string) => text.replace(/<!--[\s\S]*?-->/g, '');

export function checkLightningApp(files: ProjectFiles): string[] {
  const problems: string[] = [];
  const bundles = new Set(files.under('aura').map((p) => p.split('/')[1]));
  const flexipages = files.names('flexipages', '.flexipage-meta.xml');
  const apps = files.names('applications', '.app-meta.xml');
  for (const path of files.under('applications', '.app-meta.xml')) {
    for (const [, name] of uncommented(files.read(path)).matchAll(/<utilityBar>([^<]+)<\/utilityBar>/g))
      if (!flexipages.has(name)) problems.push(`${path}: utility bar ${name} is not in the project`);
  }
  for (const path of files.under('flexipages', '.flexipage-meta.xml')) {
    for (const [, name] of uncommented(files.read(path)).matchAll(/<componentName>c:(\w+)<\/componentName>/g))
      if (!bundles.has(name)) problems.push(`${path}: component c:${name} is not in the project`);
  }
  for (const path of files.under('permissionsets', '.permissionset-meta.xml')) {
    for (const [, name] of uncommented(files.read(path)).matchAll(/<application>(\w+)<\/application>/g))
      if (!apps.has(name) && !name.startsWith('standard__'))
        problems.push(`${path}: application ${name} is not in the project`);
  }
  for (const path of files.under('aura', '.cmp')) {
    const markup = uncommented(files.read(path));
    if (/lightning:backgroundUtilityItem/.test(markup) && /<lightning:messageChannel\b/.test(markup))
      problems.push(
        `${path}: a background utility item cannot use lightning:messageChannel (Lightning Message Service serves only components that render); implement lightning:utilityItem and load it when the app opens`,
      );
  }
  return problems;
}
