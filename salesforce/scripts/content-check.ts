/**
 * Missing content: a component's file that is there but empty (a class, a page, an Aura bundle's
 * markup or script, a static resource) deploys as nothing or fails to compile. Metadata files are
 * checked elsewhere (metadata-elements.ts).
 */
import type { ProjectFiles } from './project-files';

export function checkContent(files: ProjectFiles): string[] {
  return files.paths
    .filter((p) => !p.endsWith('-meta.xml') && !p.endsWith('.md'))
    .filter((p) => files.read(p).trim() === '')
    .map((p) => `${p}: the file is empty`);
}
