/** VitePress's own files as the installed package has them: what the tests of the patches check against. */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const vitepressDir = dirname(createRequire(import.meta.url).resolve('vitepress/package.json'))

/** The folder of the default theme's components. */
export const themeComponentsDir = join(vitepressDir, 'dist/client/theme-default/components')

/** A file of the VitePress package, by its path inside it (`dist/client/app/router.js`). */
export function vitepressSource(path: string): string {
  return readFileSync(join(vitepressDir, path), 'utf8')
}

/** A component of the default theme (`VPNavBar.vue`). */
export function themeComponentSource(name: string): string {
  return readFileSync(join(themeComponentsDir, name), 'utf8')
}
