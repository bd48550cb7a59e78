import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import boundaries from 'eslint-plugin-boundaries'
import checkFile from 'eslint-plugin-check-file'
import prettier from 'eslint-config-prettier'
import globals from 'globals'

/** Where the code lives; every guard rail below applies to these folders. */
const SOURCE = '{src-main,src-renderer,src-shared,tests}'

/**
 * The architecture, as folders. A file belongs to the first element whose pattern matches the
 * end of its path (so the fixtures in tests/lint/fixtures/src-main/… are classified like the real
 * tree). `main-domain` is the catch-all: any folder of src-main that is not listed before it is a
 * domain, so a new domain is covered without touching this file.
 */
const elements = [
  { type: 'shared', pattern: 'src-shared' },
  { type: 'main-app', pattern: 'src-main/app' },
  { type: 'main-entry', pattern: 'src-main/{harness,cli,preload}' },
  { type: 'main-kernel', pattern: 'src-main/{db,ipc,workers,audit,electron}' },
  { type: 'main-analytics', pattern: 'src-main/analytics' },
  { type: 'main-domain', pattern: 'src-main/*' },
  { type: 'renderer-feature', pattern: 'src-renderer/src/features/*' },
  { type: 'renderer-app', pattern: 'src-renderer/src/app' },
  { type: 'renderer-kit', pattern: 'src-renderer/src/{components,lib,stores,registries,styles}' },
]

const MAIN = ['main-app', 'main-entry', 'main-kernel', 'main-analytics', 'main-domain']
const RENDERER = ['renderer-feature', 'renderer-app', 'renderer-kit']

/** Elements are folders; the one entry point that is a file gets a file category of the same name. */
const files = [{ category: 'main-entry', pattern: '**/src-main/index.ts' }]

/** Each policy names what a layer may NOT import; anything else is allowed. */
const forbid = (from, to, message) => ({
  from: { element: { type: from } },
  disallow: [{ to: { element: { type: to } } }, { to: { file: { categories: to } } }],
  message: `${message} (imports {{ to.file.path }})`,
})

const policies = [
  forbid(
    'renderer-feature',
    ['renderer-feature', 'renderer-app'],
    'A feature imports no other feature and not the shell (app/): move the shared piece to components/, lib/, stores/ or registries/.',
  ),
  forbid(
    'renderer-kit',
    ['renderer-feature', 'renderer-app'],
    'Shared renderer code (components/, lib/, stores/, registries/, styles/) imports no feature and not the shell.',
  ),
  forbid(RENDERER, MAIN, 'The renderer imports nothing from src-main: talk to it through src-shared channels.'),
  forbid('shared', [...MAIN, ...RENDERER], 'src-shared is the contract: it imports nothing from src-main or src-renderer.'),
  forbid(
    'main-domain',
    ['main-app', 'main-entry'],
    'A domain imports neither the composition root (app/) nor an entry point (index.ts, harness/, cli/, preload/).',
  ),
  forbid(
    'main-kernel',
    ['main-domain', 'main-analytics', 'main-app', 'main-entry'],
    'The kernel (db/, ipc/, workers/, audit/, electron/) imports no domain, no app/ and no entry point: let app/ hand it what it needs.',
  ),
  forbid(
    'main-analytics',
    ['main-domain', 'main-kernel', 'main-app', 'main-entry'],
    'analytics/ is pure math: it imports nothing of the database, Electron or any domain.',
  ),
]

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'dist/**',
      'native/**',
      'node_modules/**',
      '.tsc/**',
      'test-results/**',
      'tests/reference/**/*.py',
      // Deliberate violations that tests/lint/guard-rails.test.ts lints on purpose.
      'tests/lint/fixtures/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/ban-ts-comment': 'error',
      // Every line counts (blank lines and comments too), so "none over 300" means what `wc -l` says.
      'max-lines': ['error', { max: 300, skipBlankLines: false, skipComments: false }],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}', 'tests/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },
  {
    files: [`${SOURCE}/**/*.{ts,tsx,mts,mjs}`],
    plugins: { boundaries },
    // Every import, `import type`, re-export, `import()` and `require()` is checked (the plugin's default).
    settings: {
      'boundaries/elements': elements,
      'boundaries/files': files,
      'import/resolver': { node: { extensions: ['.ts', '.tsx', '.mts', '.mjs', '.js', '.json'] } },
    },
    rules: {
      'boundaries/dependencies': ['error', { default: 'allow', policies }],
    },
  },
  {
    // Both languages' strings are in these; the window loads only its language's (lib/catalogs.ts).
    files: ['src-renderer/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: 'src-shared/i18n(/(resources|translate|index))?$',
              allowTypeImports: true,
              message: 'Both languages load with this: import from src-shared/i18n/locales, use lib/i18n or lib/enum-text.',
            },
            {
              regex: '^date-fns$',
              allowTypeImports: true,
              message:
                "Import each function from its own path ('date-fns/addDays'): the start chunk takes every module its code reaches, and the barrel reaches all of date-fns.",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['**/src-main/analytics/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['electron', 'better-sqlite3'].map((name) => ({
            name,
            message: 'analytics/ is pure math over arrays: no database, no Electron.',
          })),
        },
      ],
    },
  },
  {
    // File names only: other file types go through check-file's processor as empty text.
    files: [`${SOURCE}/**/*.{css,html,json,md,sql,txt,py,R}`],
    // Numbered migrations keep their `0001_name.sql` form: the number orders them.
    ignores: ['src-main/db/migrations/*.sql'],
    processor: 'check-file/eslint-processor-check-file',
    plugins: { 'check-file': checkFile },
  },
  {
    files: [`${SOURCE}/**/*`],
    plugins: { 'check-file': checkFile },
    rules: {
      // Kebab-case before the first dot: `csv-import.worker.ts`, `grid.test.tsx`, `types.d.ts` pass.
      'check-file/filename-naming-convention': ['error', { '**/!(README.md)': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': [
        'error',
        { [`${SOURCE}/**/`]: 'KEBAB_CASE' },
        { ignoreWords: ['__snapshots__', 'zh-CN'] },
      ],
    },
  },
  prettier,
)
