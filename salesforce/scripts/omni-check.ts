/**
 * The Omni-Channel set-up's references, offline: a presence status's service channels, a queue's
 * routing configuration, a presence configuration's push-timeout status and the statuses a
 * permission set grants must all be in the project (any package directory).
 */
import type { ProjectFiles } from './project-files';

const uncommented = (text: string) => text.replace(/<!--[\s\S]*?-->/g, '');

/** `packages`: each package directory's files and the prefix its problems carry. */
export function checkOmniReferences(packages: readonly { files: ProjectFiles; prefix: string }[]): string[] {
  const files = packages.map((p) => p.files);
  const names = (folder: string, suffix: string) => new Set(files.flatMap((f) => [...f.names(folder, suffix)]));
  const channels = names('serviceChannels', '.serviceChannel-meta.xml');
  const statuses = names('servicePresenceStatuses', '.servicePresenceStatus-meta.xml');
  const routing = names('queueRoutingConfigs', '.queueRoutingConfig-meta.xml');
  const problems: string[] = [];
  const expect = (where: string, text: string, pattern: RegExp, known: Set<string>, kind: string) => {
    for (const [, name] of uncommented(text).matchAll(pattern))
      if (!known.has(name)) problems.push(`${where}: ${kind} ${name} is not in the project`);
  };
  for (const { files: f, prefix } of packages) {
    const at = (path: string) => `${prefix}${path}`;
    for (const p of f.under('servicePresenceStatuses', '-meta.xml'))
      expect(at(p), f.read(p), /<channel>(\w+)<\/channel>/g, channels, 'service channel');
    for (const p of f.under('queues', '.queue-meta.xml'))
      expect(at(p), f.read(p), /<queueRoutingConfig>(\w+)<\/queueRoutingConfig>/g, routing, 'routing configuration');
    for (const p of f.under('presenceUserConfigs', '-meta.xml'))
      expect(at(p), f.read(p), /<presenceStatusOn\w+>(\w+)<\/presenceStatusOn\w+>/g, statuses, 'presence status');
    for (const p of f.under('permissionsets', '.permissionset-meta.xml'))
      expect(at(p), f.read(p), /<servicePresenceStatus>(\w+)<\/servicePresenceStatus>/g, statuses, 'presence status');
  }
  return problems;
}
