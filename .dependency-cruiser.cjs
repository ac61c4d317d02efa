/**
 * The layering rules of STYLE.md, checked by `npm run lint` (part of npm test).
 * scripts/layering.test.ts breaks each rule on purpose and expects a failure.
 */
const nodeCore = { dependencyTypes: ['core'] };

module.exports = {
  forbidden: [
    {
      name: 'common-runs-anywhere',
      comment: 'common/ uses no Node, DOM or Electron API and imports nothing from electron/ or renderer/.',
      severity: 'error',
      from: { path: '^common/' },
      to: { path: '^(electron|renderer)/|^electron$|node_modules/electron/' },
    },
    {
      name: 'common-no-node',
      severity: 'error',
      from: { path: '^common/', pathNot: '\\.test\\.ts$' },
      to: nodeCore,
    },
    {
      name: 'renderer-only-common',
      comment: 'The UI reaches services only through the contract (renderer/services/client.ts).',
      severity: 'error',
      from: { path: '^renderer/' },
      to: { path: '^(electron|tests|bench|scripts)/|^electron$|node_modules/electron/' },
    },
    {
      name: 'renderer-no-node',
      severity: 'error',
      from: { path: '^renderer/', pathNot: '(\\.test\\.tsx?$|vite\\.config\\.ts$)' },
      to: nodeCore,
    },
    {
      name: 'renderer-shell-on-top',
      comment: 'renderer/app is the shell: it may use the features, never the other way round. Shared pieces live in renderer/ui.',
      severity: 'error',
      from: { path: '^renderer/(features|ui|editor|services|i18n|workers)/' },
      to: { path: '^renderer/app/' },
    },
    {
      name: 'renderer-ui-shared',
      comment: 'renderer/ui holds pieces every screen may use; it knows no feature.',
      severity: 'error',
      from: { path: '^renderer/ui/' },
      to: { path: '^renderer/features/' },
    },
    {
      name: 'services-never-electron',
      comment: 'Services, db, host, cli and the hub run under plain Node; only electron/main and electron/preload import electron.',
      severity: 'error',
      from: { path: '^electron/(services|db|host|cli|hub)/' },
      to: { path: '^electron$|node_modules/electron/|^electron/(main|preload)/|^renderer/' },
    },
    {
      name: 'preload-is-thin',
      comment: 'The preload is a bridge, not a place for app logic.',
      severity: 'error',
      from: { path: '^electron/preload/', pathNot: '\\.test\\.ts$' },
      to: { path: '^(electron/(services|db|host|cli|main)|renderer|common)/' },
    },
    {
      name: 'no-test-code-in-app',
      severity: 'error',
      from: { path: '^(common|electron|renderer)/', pathNot: '\\.test\\.tsx?$' },
      to: { path: '^(tests|bench)/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)(dist|\.tmp)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.cjs', '.mjs', '.json'],
    },
  },
};
