// @ts-check
import eslint from '@eslint/js';
import aura from '@salesforce/eslint-plugin-aura';
import angular from 'angular-eslint';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      '.angular/**',
      'dist/e2e-results/**',
      'salesforce/force-app/**/staticresources/**',
    ],
  },
  {
    files: ['**/*.ts'],
    extends: [eslint.configs.recommended, ...tseslint.configs.recommended, ...angular.configs.tsRecommended],
    processor: angular.processInlineTemplates,
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'omni', style: 'kebab-case' }],
      '@angular-eslint/directive-selector': ['error', { type: 'attribute', prefix: 'omni', style: 'camelCase' }],
      // Text from work items and the console is rendered as text only (see docs/SECURITY.md).
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Render text with textContent; markup from data is never parsed.' },
        { property: 'outerHTML', message: 'Render text with textContent; markup from data is never parsed.' },
        { property: 'insertAdjacentHTML', message: 'Render text with textContent; markup from data is never parsed.' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^bypassSecurityTrust/]',
          message: 'Never bypass Angular sanitization.',
        },
        // MessagePort.postMessage has no origin: the port is private once transferred. Ports are named `port`.
        {
          selector:
            "CallExpression[callee.property.name='postMessage'][arguments.length<2]:not([callee.object.name=/port\\d*$/i]):not([callee.object.property.name=/port\\d*$/i])",
          message: 'window.postMessage must name an exact target origin.',
        },
        {
          selector: "CallExpression[callee.property.name='postMessage'] > Literal[value='*']",
          message: 'postMessage must name an exact target origin, never "*".',
        },
      ],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
    },
  },
  {
    // The benchmarks' floor app is not omni-mfe: its own prefix keeps the two apart on a page.
    files: ['e2e/bench/**/*.ts'],
    rules: {
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'floor', style: 'kebab-case' }],
    },
  },
  {
    files: ['**/*.spec.ts', 'e2e/**/*.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
  {
    files: ['**/*.html'],
    extends: [...angular.configs.templateRecommended, ...angular.configs.templateAccessibility],
  },
  // The Lightning relay's Aura shell runs under Salesforce's Locker / Lightning Web Security rules.
  ...aura.configs.locker.map((config) => ({ ...config, files: ['salesforce/force-app/**/aura/**/*.js'] })),
  {
    // An Aura controller or helper is one object literal in parentheses, as Salesforce's own
    // project templates lint it: not an unused expression; `var` where it is first needed.
    files: ['salesforce/force-app/**/aura/**/*.js'],
    rules: { 'no-unused-expressions': 'off', 'vars-on-top': 'off' },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' },
    },
  },
);
