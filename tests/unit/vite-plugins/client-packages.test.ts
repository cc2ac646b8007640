import { describe, expect, it } from 'vitest'
import {
  clientPackageProblems,
  packageFolderOf,
  packageNameOf,
} from '../../../docs/.vitepress/vite-plugins/client-packages'

describe('packageFolderOf', () => {
  it('names the package folder of a bundled module as package-lock.json keys it, nested and scoped ones too', () => {
    expect(packageFolderOf('/work/site/node_modules/vue/dist/vue.runtime.esm-bundler.js')).toBe('node_modules/vue')
    expect(packageFolderOf('/work/site/node_modules/@vueuse/core/index.mjs?v=1')).toBe('node_modules/@vueuse/core')
    expect(packageFolderOf('/work/site/node_modules/vitepress/node_modules/@scope/b/x.js')).toBe(
      'node_modules/vitepress/node_modules/@scope/b',
    )
  })

  it("ignores the site's own modules", () => {
    expect(packageFolderOf('/work/site/docs/.vitepress/theme/index.ts')).toBeUndefined()
  })

  it('gives the name of the package in its folder', () => {
    expect(packageNameOf('node_modules/vitepress/node_modules/@scope/b')).toBe('@scope/b')
  })
})

describe('clientPackageProblems', () => {
  const packageJson = [
    '{',
    '  "dependencies": {',
    '    "vitepress": "1.6.4"',
    '  },',
    '  "devDependencies": {',
    '    "mark.js": "8.11.1",',
    '    "vue": "3.5.45"',
    '  }',
    '}',
  ].join('\n')
  const lock = {
    packages: {
      'node_modules/vitepress': { version: '1.6.4' },
      'node_modules/vue': { version: '3.5.45', dev: true },
      'node_modules/focus-trap': { version: '7.8.0', dev: true },
    },
  }

  it('accepts packages that npm audit --omit=dev checks', () => {
    expect(clientPackageProblems(['node_modules/vitepress'], lock, packageJson)).toEqual([])
  })

  it('names a bundled development dependency with the line of package.json to move', () => {
    expect(clientPackageProblems(['node_modules/vue', 'node_modules/vitepress'], lock, packageJson)).toEqual([
      "package.json:7: vue 3.5.45 is bundled into the pages' client code but is only a development dependency, so " +
        '`npm run audit` (npm audit --omit=dev) does not check it: move it to "dependencies"',
    ])
  })

  it('names a package brought in only by development dependencies, which package.json does not list', () => {
    expect(clientPackageProblems(['node_modules/focus-trap'], lock, packageJson)[0]).toMatch(
      /^package\.json:1: focus-trap 7\.8\.0 .* add the package that brings it to "dependencies"$/,
    )
  })

  it('reports a bundled package the lock file does not know', () => {
    expect(clientPackageProblems(['node_modules/left-pad'], lock, packageJson)).toEqual([
      "package-lock.json: node_modules/left-pad is bundled into the pages' client code but is not in the lock file",
    ])
  })

  it('passes with the lock file and package.json of this repository for what the site bundles today', async () => {
    const { readFile } = await import('node:fs/promises')
    const realLock = JSON.parse(await readFile('package-lock.json', 'utf8')) as typeof lock
    const realPackage = await readFile('package.json', 'utf8')
    const bundled = ['vitepress', 'vue', 'minisearch', '@vueuse/core', 'focus-trap', 'mark.js', 'tabbable']
    expect(
      clientPackageProblems(
        bundled.map((name) => `node_modules/${name}`),
        realLock,
        realPackage,
      ),
    ).toEqual([])
  })
})
