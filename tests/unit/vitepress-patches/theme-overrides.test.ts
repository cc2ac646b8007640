import { existsSync, readdirSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import {
  replacedThemeComponents,
  themeComponentOverrides,
} from '../../../docs/.vitepress/vitepress-patches/theme-overrides'
import { themeComponentSource, themeComponentsDir } from './vitepress-source'

/** Every module specifier in the default theme's components that imports `file`. */
function importsOf(file: string): string[] {
  return readdirSync(themeComponentsDir)
    .filter((name) => name.endsWith('.vue'))
    .flatMap((name) => [...themeComponentSource(name).matchAll(/from '([^']+)'/g)])
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
