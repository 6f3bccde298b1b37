// No module of a published package imports itself back through others, not even for a type: a
// cycle makes the layers a newcomer reads in docs/architecture.md untrue.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** The relative imports of every source file (tests and generated files aside), as a graph. */
function importGraph(): Map<string, string[]> {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'generated') walk(path);
      } else if (/\.ts$/.test(name) && !/\.test(-d)?\.ts$/.test(name)) files.push(path);
    }
  };
  walk(join(root, 'spec', 'src'));
  for (const pkg of ['types', 'signer', 'client', 'msw', 'contract']) {
    walk(join(root, 'packages', pkg, 'src'));
  }
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const targets: string[] = [];
    for (const match of readFileSync(file, 'utf8').matchAll(
      /(?:import|export)[^'"]*?from\s+['"](\.[^'"]+)['"]/g,
    )) {
      const target = resolve(dirname(file), match[1] ?? '').replace(/\.js$/, '');
      const found = [`${target}.ts`, join(target, 'index.ts')].find((path) => existsSync(path));
      if (found) targets.push(found);
    }
    graph.set(file, targets);
  }
  return graph;
}

function cyclesOf(graph: Map<string, string[]>): string[] {
  const cycles: string[] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    if (path.includes(file)) {
      cycles.push(
        [...path.slice(path.indexOf(file)), file].map((f) => relative(root, f)).join(' → '),
      );
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const target of graph.get(file) ?? []) visit(target);
    path.pop();
    done.add(file);
  };
  for (const file of graph.keys()) visit(file);
  return cycles;
}

test('the graph is read: the packages have source files that import each other', () => {
  const graph = importGraph();
  expect(graph.size).toBeGreaterThan(50);
  expect([...graph.values()].flat().length).toBeGreaterThan(100);
});

test('no import cycle in any published package, type imports included', () => {
  expect(cyclesOf(importGraph())).toEqual([]);
});

test('a cycle is found when there is one', () => {
  const a = join(root, 'a.ts');
  const b = join(root, 'b.ts');
  expect(
    cyclesOf(
      new Map([
        [a, [b]],
        [b, [a]],
      ]),
    ),
  ).toEqual(['a.ts → b.ts → a.ts']);
});
