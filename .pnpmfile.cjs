// pnpm hooks of the workspace. See docs/decisions/011-published-manifests.md.
//
// `beforePacking` (pnpm >= 10.28) edits the package.json that `pnpm pack` and `pnpm publish` (so
// `changeset publish`) put in the tarball, after `publishConfig` has overridden its fields. The
// workspace manifests keep the `@as-lifecycle/source` condition, which points at src/*.ts for
// tsconfig's customConditions, vitest and `node --conditions`; src/ is not published, so the
// condition is dropped from `exports` and `imports` here, and the map is written only once.
// The `scripts` are the workspace's tasks (generate, build, test; the generators run with the
// source condition), meaningless in an installed package, so they are dropped too.
// Private workspace packages (the CLI kit, which tsup inlines into each bin) are dropped from
// `devDependencies`, and may not appear among the dependencies a consumer installs.
'use strict';

const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

const sourceCondition = '@as-lifecycle/source';

const withoutSourceCondition = (value) => {
  if (Array.isArray(value)) return value.map(withoutSourceCondition);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== sourceCondition)
      .map(([key, inner]) => [key, withoutSourceCondition(inner)]),
  );
};

// Every target a published field names, to refuse a tarball that would point into src/.
const targets = (value) =>
  typeof value === 'string'
    ? [value]
    : value !== null && typeof value === 'object'
      ? Object.values(value).flatMap(targets)
      : [];

// The names of the private packages under packages/: never published, so never named by a tarball.
const privatePackages = () => {
  const dir = join(__dirname, 'packages');
  return new Set(
    readdirSync(dir)
      .map((name) => join(dir, name, 'package.json'))
      .filter((file) => existsSync(file))
      .map((file) => JSON.parse(readFileSync(file, 'utf8')))
      .filter((manifest) => manifest.private === true)
      .map((manifest) => manifest.name),
  );
};

module.exports = {
  hooks: {
    beforePacking(pkg) {
      for (const field of ['exports', 'imports']) {
        if (pkg[field] !== undefined) pkg[field] = withoutSourceCondition(pkg[field]);
      }
      delete pkg.scripts;
      const fields = ['exports', 'imports', 'main', 'module', 'types', 'typings', 'bin'];
      const unpublished = fields.flatMap((field) =>
        targets(pkg[field])
          .filter((target) => /^(\.\/)?src\//.test(target))
          .map((target) => `${field} → ${target}`),
      );
      const unlisted = privatePackages();
      if (pkg.devDependencies) {
        pkg.devDependencies = Object.fromEntries(
          Object.entries(pkg.devDependencies).filter(([name]) => !unlisted.has(name)),
        );
      }
      for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies']) {
        for (const name of Object.keys(pkg[field] ?? {})) {
          if (unlisted.has(name)) {
            unpublished.push(`${field} → ${name} (a private workspace package: inline it instead)`);
          }
        }
      }
      if (unpublished.length > 0) {
        throw new Error(
          `${pkg.name}: the packed package.json points at what is not published: ${unpublished.join(', ')}`,
        );
      }
      return pkg;
    },
  },
};
