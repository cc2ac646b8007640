import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  replacedThemeComponents,
  themeComponentOverrides,
} from '../../../docs/.vitepress/vitepress-patches/theme-overrides'

const themeComponents = join(
  dirname(createRequire(import.meta.url).resolve('vitepress/package.json')),
  'dist/client/theme-default/components',
)

/** Every module specifier in the default theme's components that imports `file`. */
function importsOf(file: string): string[] {
  return readdirSync(themeComponents)
    .filter((name) => name.endsWith('.vue'))
    .flatMap((name) => [...readFileSync(join(themeComponents, name), 'utf8').matchAll(/from '([^']+)'/g)])
    .map((match) => match[1]!)
    .filter((specifier) => specifier.endsWith(`/${file}`))
}

describe('theme component overrides', () => {
  it.each(Object.entries(replacedThemeComponents))(
    "replace VitePress's %s wherever its theme imports it",
    (original, replacement) => {
      const specifiers = importsOf(original)
      expect(specifiers.length, `no component of the default theme imports ${original}`).toBeGreaterThan(0)
      const alias = themeComponentOverrides().find((entry) =>
        (entry.find as RegExp).source.includes(original.split('.')[0]!),
      )
      expect(alias).toBeDefined()
      for (const specifier of specifiers) expect(specifier).toMatch(alias!.find)
      expect(alias!.replacement.endsWith(`/theme/${replacement}`)).toBe(true)
      expect(existsSync(alias!.replacement)).toBe(true)
    },
  )

  it('leave other components alone, including ones whose names end the same way', () => {
    const [lastUpdated] = themeComponentOverrides()
    expect('./VPDocFooter.vue').not.toMatch(lastUpdated!.find)
    expect('./MyVPDocFooterLastUpdated.vue').not.toMatch(lastUpdated!.find)
  })
})
