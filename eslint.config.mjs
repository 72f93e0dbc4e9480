// Lint: the layers of CONTRIBUTING.md as import zones, so crossing one fails `npm test` instead of drifting.
//   src/protocol  ← src/client, src/engine  ← src/cli, src/extension;  src/webview sees only protocol and itself;
//   `vscode` only in src/extension (and the tests that run in the extension host).
import js from '@eslint/js';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import tseslint from 'typescript-eslint';

/** An import-x zone: files under `target` may not import anything under `from` (except `except`, relative to `from`). */
const zone = (target, from, message, except) => ({ target, from, message, ...(except ? { except } : {}) });

const ours = ['./src/protocol', './src/client', './src/engine', './src/cli', './src/extension', './src/webview'];
const allBut = (...allowed) => ours.filter((dir) => !allowed.includes(dir));

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', '.vshost/', '.vscode-test/', '.test-footage/', 'demo-clips/', '*.vsix'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.json'] })],
    },
    rules: {
      // tsc's noUnusedLocals/noUnusedParameters already say this, with the same rules for `_`.
      '@typescript-eslint/no-unused-vars': 'off',
      // Control characters in a pattern are deliberate here: file names and quote masks are cleaned of them.
      'no-control-regex': 'off',
      'import-x/no-restricted-paths': ['error', {
        zones: [
          zone('./src/protocol', allBut('./src/protocol'), 'src/protocol is the pure wire types: it imports nothing of ours.'),
          zone('./src/client', allBut('./src/protocol', './src/client'), 'src/client builds on src/protocol only.'),
          zone('./src/engine', allBut('./src/protocol', './src/engine'), 'src/engine builds on src/protocol only (never client, CLI or extension).'),
          zone('./src/webview', allBut('./src/protocol', './src/webview'), 'src/webview (the panel script) sees only src/protocol and its own files.'),
          zone('./src/cli', ['./src/extension', './src/webview'], 'src/cli is plain Node: no extension or webview code.'),
          zone('./src', ['./test', './bench', './scripts'], 'Product code never imports tests, benchmarks or scripts.'),
        ],
      }],
      'no-restricted-imports': ['error', {
        paths: [{ name: 'vscode', message: 'Only src/extension (and the extension-host tests) may import vscode.' }],
      }],
    },
  },
  {
    // Where `vscode` is the real API: the VS Code layer and what runs inside the extension host.
    files: ['src/extension/**', 'test/host/suite/**', 'test/host/installed/**', 'test/host/fixtures/**',
      'test/host/kit.ts', 'test/host/mochaInHost.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // Both run in the webview's browser sandbox too (esbuild bundles them for the browser): no Node modules.
    files: ['src/webview/**', 'src/protocol/**'],
    rules: { 'import-x/no-nodejs-modules': 'error' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', __dirname: 'readonly', process: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
);
