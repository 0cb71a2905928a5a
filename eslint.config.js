import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['node_modules', 'web/dist', 'data', 'db/migrations', 'test-results', 'scratch'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    // The UI shares only pure code with the server: schemas, rules, formatting.
    files: ['web/**/*.ts', 'web/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { patterns: [
        { group: ['**/src/**/service.js', '**/src/**/*-service.js', '**/src/**/store.js', '**/src/**/*-store.js', '**/src/**/routes.js', '**/src/**/tables.js', '**/src/core/db/**', '**/src/server.js'], message: 'web/ imports only schemas, rules and formatting from src/.' },
      ] }],
    },
  },
  {
    // A feature uses another through its service and its public SQL fragments (sql.ts), never its tables or
    // store. Tables may reference other tables (foreign keys); src/schema.ts gathers them for drizzle-kit.
    files: ['src/**/*.ts'],
    ignores: ['src/**/tables.ts', 'src/schema.ts', 'src/**/*.test.ts', 'src/testing/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{
        group: ['../*/tables.js', '../*/store.js', '../*/*-store.js', '../../*/tables.js', '../../*/store.js', '../../*/*-store.js'],
        message: 'Another feature is reached through its service or its sql.ts, not its tables or store.',
      }] }],
    },
  },
  {
    // The document model stands below every feature: reports, exports and the importer use it, it uses only core.
    files: ['src/content/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['../*/**', '!../core/**'], message: 'src/content/ uses nothing but src/core/.' }] }],
    },
  },
  {
    // A route never touches SQL: data access goes through a feature's store or service.
    files: ['src/**/routes.ts', 'src/**/*-routes.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['drizzle-orm', '**/tables.js', '**/store.js', '**/*-store.js'], message: 'Routes call services, not the database.' }] }],
    },
  },
);
