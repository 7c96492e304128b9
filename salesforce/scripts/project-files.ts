import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The files of a Salesforce DX project's default package directory, by path relative to it. */
export class ProjectFiles {
  readonly paths: readonly string[];

  constructor(readonly dir: string) {
    this.paths = walk(dir)
      .map((p) => relative(dir, p).split('\\').join('/'))
      .sort();
  }

  has(path: string): boolean {
    return this.paths.includes(path);
  }

  read(path: string): string {
    return readFileSync(join(this.dir, path), 'utf8');
  }

  /** Paths under `folder/` ending in `suffix`. */
  under(folder: string, suffix = ''): string[] {
    return this.paths.filter((p) => p.startsWith(`${folder}/`) && p.endsWith(suffix));
  }

  /** Names of the components in `folder` whose metadata file ends in `metaSuffix`. */
  names(folder: string, metaSuffix: string): Set<string> {
    return new Set(this.under(folder, metaSuffix).map((p) => p.slice(folder.length + 1, -metaSuffix.length)));
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
