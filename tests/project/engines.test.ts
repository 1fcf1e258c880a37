import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import semver from 'semver';
import { describe, expect, it } from 'vitest';

import { fromRoot } from '../../src/config/project-root.js';

interface Manifest {
  name?: string;
  engines?: { node?: string };
}

const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
const project = readJson<Manifest>(fromRoot('package.json'));
const declared = project.engines?.node ?? '';

/** Every package npm installed (the lockfile's list; packages of other platforms are absent). */
function installed(): { path: string; dev: boolean; node: string }[] {
  const lock = readJson<{ packages: Record<string, { dev?: boolean }> }>(fromRoot('package-lock.json'));
  return Object.entries(lock.packages).flatMap(([path, entry]) => {
    const manifest = join(fromRoot(path), 'package.json');
    if (path === '' || !existsSync(manifest)) return [];
    const node = readJson<Manifest>(manifest).engines?.node;
    return node ? [{ path, dev: entry.dev === true, node }] : [];
  });
}

describe('engines.node', () => {
  it('is a valid range that the Node running the tests satisfies', () => {
    expect(semver.validRange(declared)).not.toBeNull();
    expect(semver.satisfies(process.version, declared)).toBe(true);
  });

  // A subset, not only the minimum: every Node the project says it runs on must be one each package accepts,
  // else `npm ci` warns EBADENGINE there (as @whatwg-node/promise-helpers 2, >=22.15, did under @apollo/server).
  it.each([false, true])('covers only versions every installed package accepts (dev: %s)', (dev) => {
    const packages = installed().filter((p) => p.dev === dev);
    expect(packages.length).toBeGreaterThan(dev ? 10 : 20);
    const refusing = packages.filter((p) => !semver.subset(declared, p.node)).map((p) => `${p.path} wants ${p.node}`);
    expect(refusing).toEqual([]);
  });
});
