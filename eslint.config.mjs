// @ts-check
/**
 * `npm run lint`: ESLint (typescript-eslint, React hooks) and the layer rules below; Prettier checks
 * the formatting separately (`prettier --check`). Both run in `npm test`'s lint leg.
 *
 * The layers (../shared/design.md): a feature's pure `domain/` and the shared helpers in `src/lib/`
 * import no Payload, no database client and no service; only the HTTP edge (`src/server/`, `server.ts`)
 * imports Express. `tests/unit/lint-layers.test.ts` plants a violation and checks this config fails it.
 */
import js from '@eslint/js'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const EXPRESS = {
  regex: '^express(/|$)',
  message: 'Express belongs to the HTTP edge: src/server/ (or server.ts).',
}
const PURE = [
  {
    regex: '^(payload|@payloadcms/.*)$|^payload/',
    message: 'domain/ and src/lib/ are pure: no Payload. Do the Payload work in a service and pass the result in.',
  },
  {
    regex: '^(pg|pg-.*|mongodb|mongoose|@libsql/.*|better-sqlite3|drizzle-orm(/.*)?|ioredis|redis)$',
    message: 'domain/ and src/lib/ are pure: no database client. Put engine work behind an interface in src/db/ or a service.',
  },
  {
    // Through the alias, only other pure code: src/lib, a feature's domain, and Payload's generated types.
    regex: '^@/(?!lib/|[\\w-]+/domain(/|$)|payload-types$)|^@payload-config$',
    message: 'domain/ and src/lib/ import only src/lib, a domain and payload-types: no service, collection, endpoint, job or hook.',
  },
  {
    regex: '^\\.\\./(services|collections|endpoints|jobs|hooks|db|admin|islands|graphql)(/|$|\\.)',
    message: 'domain/ and src/lib/ import only src/lib, a domain and payload-types: no service, collection, endpoint, job or hook.',
  },
  EXPRESS,
]

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      '.build/',
      'data/',
      'media/',
      'test-results/',
      'artifacts/',
      'next-env.d.ts',
      'src/payload-types.ts',
      'src/migrations/',
      'src/app/(payload)/',
      'tests/fixtures/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        fetch: 'readonly',
      },
    },
    rules: {
      // TypeScript checks names; ESLint's own rule does not know types and globals such as React's JSX.
      'no-undef': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Outside src/ (tests, scripts, benchmarks), source reached by climbing more than one folder uses the @/ alias.
      'no-restricted-imports': ['error', { patterns: [{ regex: '^(\\.\\./){2,}src/', message: 'Import the source through "@/…".' }] }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}', 'payload.config.ts'],
    ignores: ['src/server/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./){2,}', message: 'Climbing more than one folder: import from "@/…".' }, EXPRESS] },
      ],
    },
  },
  {
    files: ['src/**/domain/**/*.{ts,tsx}', 'src/lib/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^(\\.\\./){2,}', message: 'Climbing more than one folder: import from "@/…".' }, ...PURE] },
      ],
    },
  },
  {
    // One settings module reads the environment; everything else asks it.
    files: ['src/**/*.{ts,tsx}', 'server.ts', 'payload.config.ts'],
    ignores: ['src/lib/config/settings.ts'],
    rules: {
      'no-restricted-properties': [
        'error',
        { object: 'process', property: 'env', message: 'Read the environment through settings (src/lib/config/settings.ts).' },
      ],
    },
  },
  {
    // Reader pages are one copy for everyone, signed-in readers included (src/lib/cache/policy.ts,
    // isPersonal): they never look at who is asking. Account pages, /next routes and draft preview are
    // never cached.
    files: ['src/app/(site)/**/*.{ts,tsx}', 'src/site/**/*.{ts,tsx}'],
    ignores: ['src/app/(site)/account/**', 'src/app/(site)/next/**', 'src/site/reader.ts', 'src/site/article.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='next/headers'] > ImportSpecifier[imported.name='cookies']",
          message: 'A cached reader page must not read cookies: personal parts belong in a client island.',
        },
        {
          selector: "CallExpression[callee.property.name='auth']",
          message: 'A cached reader page must not look up the user: personal parts belong in a client island.',
        },
      ],
    },
  },
  {
    // Test and benchmark code may reach into anything it checks.
    files: ['tests/**', 'bench/**', 'scripts/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  prettier,
)
