import fs from 'node:fs';
import path from 'node:path';

const SRC = __dirname;
const IMPORT =
  /(?:\bfrom|^\s*import|@use|@import|@forward|jest\.mock\(|jest\.requireActual\(|import\()\s*(?:\/\*.*?\*\/\s*)?['"]([^'"]+)['"]/gm;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(file);
    return /\.(tsx?|scss)$/.test(entry.name) ? [file] : [];
  });
}

/** The folder a file belongs to: a subpackage, tab page or component, else a top-level folder of src/. */
function unitOf(file: string): string {
  const parts = path.relative(SRC, file).split(path.sep);
  if (['packages', 'pages', 'components'].includes(parts[0]) && parts.length > 2) return parts.slice(0, 2).join('/');
  return parts.length > 1 ? parts[0] : 'src';
}

const imports = sourceFiles(SRC).flatMap((file) =>
  [...fs.readFileSync(file, 'utf8').matchAll(IMPORT)].map(([, spec]) => ({
    from: path.relative(SRC, file),
    spec,
    target: spec.startsWith('@/')
      ? path.join(SRC, spec.slice(2))
      : spec.startsWith('.')
        ? path.resolve(path.dirname(file), spec)
        : null,
    unit: unitOf(file),
  })),
);

describe('import boundaries', () => {
  it('finds the imports it checks', () => {
    expect(imports.filter((i) => i.spec.startsWith('@/')).length).toBeGreaterThan(100);
  });

  it('no subpackage imports another subpackage', () => {
    const crossing = imports.filter(({ target, unit }) => {
      if (!target || !unit.startsWith('packages/')) return false;
      const targetUnit = unitOf(path.join(target, 'x'));
      return targetUnit.startsWith('packages/') && targetUnit !== unit;
    });
    expect(crossing.map(({ from, spec }) => `${from} → ${spec}`)).toEqual([]);
  });

  it('code outside its own folder is reached through @/, not by climbing', () => {
    const climbing = imports.filter(({ spec, target, unit }) => {
      if (!spec.startsWith('../') || !target) return false;
      const inSrc = !path.relative(SRC, target).startsWith('..');
      return inSrc && unitOf(path.join(target, 'x')) !== unit;
    });
    expect(climbing.map(({ from, spec }) => `${from} → ${spec}`)).toEqual([]);
  });
});
