// @ts-check
/** ESLint for the TypeScript and the Vue single-file components; Prettier owns the layout, so no layout rules here. */
import eslint from '@eslint/js'
import { defineConfig } from 'eslint/config'
import pluginVue from 'eslint-plugin-vue'
import tseslint from 'typescript-eslint'

export default defineConfig(
  {
    ignores: [
      '**/node_modules/',
      '**/.vitepress/dist/',
      '**/.vitepress/cache/',
      '**/.vitepress/.temp/',
      '.tmp/',
      'coverage/',
      'test-results/',
      // Vite writes a bundled copy of the config next to it while the config loads.
      '**/*.timestamp-*.mjs',
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.recommended,
  pluginVue.configs['flat/recommended'],
  pluginVue.configs['no-layout-rules'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser } },
    // TypeScript checks names in `<script setup lang="ts">` as it does in .ts files (vue-tsc), so core rules that
    // TypeScript replaces are off there too.
    rules: tseslint.configs.eslintRecommended.rules,
  },
  {
    rules: {
      // `<Callout>` is the docs' authoring syntax and no HTML element is called that.
      'vue/multi-word-component-names': ['error', { ignores: ['Callout'] }],
      // A leading underscore marks a parameter a signature requires but the body does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
)
