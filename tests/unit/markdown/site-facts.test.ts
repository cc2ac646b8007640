import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import type { MarkdownEnv } from 'vitepress'
import { describe, expect, it } from 'vitest'
import matter from 'gray-matter'
import { expandSiteFacts, siteFacts, siteFactsFor } from '../../../docs/.vitepress/data/site-facts'
import { servers } from '../../../docs/.vitepress/data/servers'
import { renderMarkdown, siteMarkdown } from '../render-markdown'

const docsDir = fileURLToPath(new URL('../../../docs', import.meta.url))

describe('siteFactsPlugin', () => {
  it.each([
    ['a paragraph', 'Servers: {% serverRange %}.\n', `<p>Servers: ${siteFacts.serverRange}.</p>`],
    ['the end of a paragraph', 'Ends with {% serverRange %}\n', `<p>Ends with ${siteFacts.serverRange}</p>`],
    ['a list item', '- on {% largestQuotaServers %}\n', `<li>on ${siteFacts.largestQuotaServers}</li>`],
    ['a heading', '## On {%serverRange%} {#on}\n', `On ${siteFacts.serverRange} `],
    ['raw HTML', '<p>{% largestQuota %}</p>\n', `<p>${siteFacts.largestQuota}</p>`],
  ])('fills in a fact in %s', async (_where, source, expected) => {
    expect(await renderMarkdown(source)).toContain(expected)
  })

  it('leaves inline code and code blocks as written', async () => {
    const html = await renderMarkdown('Write `{% serverRange %}`.\n\n```md\n{% serverRange %}\n```\n')
    expect(html).toContain('<code>{% serverRange %}</code>')
    expect(html.match(/\{% serverRange %\}/g)).toHaveLength(2)
  })

  it('fills in facts in the frontmatter, the description and the home page hero included', async () => {
    const md = await siteMarkdown()
    const env: MarkdownEnv = { path: `${docsDir}/x.md`, relativePath: 'x.md', cleanUrls: true }
    md.render(
      '---\nlayout: home\ndescription: On {% serverRange %}.\nhero:\n  tagline: Members on {% serverRange %}\n---\n\n# X\n',
      env,
    )
    expect(env.frontmatter).toEqual({
      layout: 'home',
      description: `On ${siteFacts.serverRange}.`,
      hero: { tagline: `Members on ${siteFacts.serverRange}` },
    })
  })

  it('names a server added to a copy of the data in the home page text', async () => {
    const withNewServer = [...servers, { name: 'roselab8', totalRamGB: 768, quotaMultiplier: 1 }]
    const { data } = matter(await readFile(`${docsDir}/index.md`, 'utf8'))
    const expand = (text: string) =>
      expandSiteFacts(text, (name) => expect.fail(`unknown fact ${name}`), siteFactsFor(withNewServer))
    expect(expand(data.hero.tagline)).toContain('on roselab1 to roselab8,')
    expect(expand(data.description)).toContain('on roselab1 to roselab8,')
  })

  it.each([
    ['the text', '# Title\n\nIntro.\n\nOn {% servers %}.\n', 'docs/example.md:5'],
    ['a later line of a paragraph', '# Title\n\nOne\ntwo {% nope %}\n', 'docs/example.md:4'],
    ['the frontmatter', '---\ndescription: Fine.\nsummary: On {% servers %}\n---\n\n# Title\n', 'docs/example.md:3'],
  ])('fails on an unknown fact in %s, naming the file, the line and the known facts', async (_where, source, at) => {
    await expect(renderMarkdown(source)).rejects.toThrow(
      new RegExp(`^${at}: unknown fact "\\{% \\w+ %\\}" \\(known: serverRange, largestQuotaServers, largestQuota\\)$`),
    )
  })
})
