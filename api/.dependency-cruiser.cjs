/** Import directions in api/src (ARCHITECTURE.md, "Import directions"). `npm run lint` runs it. */
const ROOT = '^src/(main|app\\.module|app\\.factory|entities|record-places|data-source)\\.ts$|^src/(me|cli)/';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'infra-imports-no-feature',
      comment: 'infra/ is the basement: config, database, http, storage, providers. It knows no feature.',
      severity: 'error',
      from: { path: '^src/infra/' },
      to: { path: `^src/modules/|${ROOT}` },
    },
    {
      name: 'kernel-imports-no-feature',
      comment: 'The access kernel imports no feature: the record → place table is wired in from the root.',
      severity: 'error',
      from: { path: '^src/modules/access$' },
      to: { path: `^src/modules/(?!access$)|${ROOT}` },
    },
    {
      name: 'features-import-no-root',
      comment: 'Features never reach up to the composition root, the CLIs or the aggregates above them.',
      severity: 'error',
      from: { path: '^src/modules/' },
      to: { path: ROOT },
    },
    {
      name: 'features-import-each-other-one-way',
      comment: 'Two features never import each other: when they must talk, one depends on the other, never both ways.',
      severity: 'error',
      scope: 'folder',
      from: { path: '^src/modules/' },
      to: { path: '^src/modules/', circular: true },
    },
    {
      name: 'no-circular',
      comment: 'No import cycles anywhere else (files outside modules/; each feature counts as one node).',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.spec\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Each feature folder is one node: the rules speak of features, not of the files inside them.
    collapse: '^src/modules/[^/]+',
  },
};
