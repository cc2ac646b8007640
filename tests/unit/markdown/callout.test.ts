import { fileURLToPath } from 'node:url'
import { createMarkdownRenderer, disposeMdItInstance } from 'vitepress'
import { beforeAll, describe, expect, it } from 'vitest'
import { calloutKinds } from '../../../docs/.vitepress/shared/callout-kinds'
import { renderMarkdown } from '../render-markdown'

const docsDir = fileURLToPath(new URL('../../../docs', import.meta.url))
const knownKinds = 'known: tip, info, note, important, warning, caution, danger'

/** The message an authoring error carries, or a marker when rendering succeeded. */
async function errorOf(source: string, relativePath = 'limitations/firewall.md'): Promise<string> {
  return renderMarkdown(source, relativePath).then(
    () => 'rendered without error',
    (error: Error) => error.message,
  )
}

/** Code groups get random ids on every render. */
const withoutRandomIds = (html: string) => html.replace(/\b(group|tab)-[\w-]+/g, '$1-ID')

const vitepressFixtures = {
  details: '::: details Click to see `code`\nHidden **text**.\n:::\n',
  'details without a title': ':::details\nHidden.\n:::\n',
  'v-pre': '::: v-pre\n{{ not interpolated }}\n:::\n',
  raw: '::: raw\n<div>raw</div>\n:::\n',
  'code-group': '::: code-group\n```txt [npm]\nnpm i\n```\n```txt [pnpm]\npnpm i\n```\n:::\n',
}
const tipSource = '::: tip\nBody.\n:::\n'
const vitepressHtml = new Map<string, string>()

beforeAll(async () => {
  // VitePress keeps one renderer per process: render with its defaults before the site's renderer replaces it.
  const plain = await createMarkdownRenderer(docsDir)
  for (const [name, source] of Object.entries(vitepressFixtures)) vitepressHtml.set(name, plain.render(source))
  vitepressHtml.set('tip', plain.render(tipSource))
  disposeMdItInstance()
})

const callout = (kind: string, title: string | undefined, body: string) =>
  `<Callout type="${kind}">\n${title === undefined ? '' : `<template #title>${title}</template>\n`}${body}</Callout>\n`

describe('calloutPlugin: containers', () => {
  const variants = calloutKinds.flatMap(({ kind }) => [
    [`::: ${kind} Memory quota`, kind, 'Memory quota'],
    [`:::${kind} Memory quota`, kind, 'Memory quota'],
    [`::: ${kind}`, kind, undefined],
    [`:::${kind}`, kind, undefined],
  ])

  it.each(variants)('renders "%s" through <Callout>', async (opener, kind, title) => {
    expect(await renderMarkdown(`${opener}\nBody text.\n:::\n`)).toBe(callout(kind!, title, '<p>Body text.</p>\n'))
  })

  it('accepts longer markers and surrounding blank lines, as the seed writes them', async () => {
    expect(await renderMarkdown(':::: tip Trivia\n\nBody text.\n\n::::\n')).toBe(
      callout('tip', 'Trivia', '<p>Body text.</p>\n'),
    )
  })

  it('renders a custom title with inline markdown and escapes its text', async () => {
    const html = await renderMarkdown('::: warning Run `<b>` & read [the guide](/guide/) if a < b\nBody.\n:::\n')
    expect(html).toContain(
      '<template #title>Run <code>&lt;b&gt;</code> &amp; read <a href="/guide/">the guide</a> if a &lt; b</template>',
    )
  })

  it('renders lists, links and code blocks in the body', async () => {
    const html = await renderMarkdown(
      '::: tip Moving servers\nIf you need more memory:\n1. Move to [roselab5](/limitations/memory-limits)\n2. Ask Rose\n\n```sh\necho ":::"\n```\n:::\n',
    )
    expect(html).toMatch(
      /^<Callout type="tip">\n<template #title>Moving servers<\/template>\n<p>If you need more memory:<\/p>\n<ol>\n/,
    )
    expect(html).toContain('<li>Move to <a href="/limitations/memory-limits">roselab5</a></li>')
    expect(html).toMatch(/<div class="language-sh[^"]*">[^]*echo[^]*<\/div><\/Callout>\n$/)
  })

  it('nests a details block and a callout inside a callout with the same marker length', async () => {
    const html = await renderMarkdown(
      '::: warning Outer\n::: details More\nHidden.\n:::\n::: tip\nInner.\n:::\n:::\n\nAfter.\n',
    )
    expect(html).toBe(
      callout(
        'warning',
        'Outer',
        '<details class="details custom-block"><summary>More</summary>\n<p>Hidden.</p>\n</details>\n' +
          callout('tip', undefined, '<p>Inner.</p>\n'),
      ) + '<p>After.</p>\n',
    )
  })

  it('interrupts a paragraph and works inside a list item', async () => {
    const html = await renderMarkdown(
      'Text before.\n::: info\nInfo.\n:::\n\n- item\n  ::: danger Careful\n  Body.\n  :::\n',
    )
    expect(html).toContain('<p>Text before.</p>\n' + callout('info', undefined, '<p>Info.</p>\n'))
    expect(html).toContain('<li>item' + callout('danger', 'Careful', '<p>Body.</p>\n') + '</li>')
  })

  it('ignores container lines inside fenced code and a stray closing line', async () => {
    const html = await renderMarkdown('```md\n::: tipp\n:::\n```\n\n:::\n')
    expect(html).toContain('::: tipp')
    expect(html).toContain('<p>:::</p>')
  })
})

describe('calloutPlugin: GitHub alerts', () => {
  const alerts = calloutKinds.flatMap(({ kind }) => [
    [`> [!${kind.toUpperCase()}]\n> Body text.`, kind, undefined],
    [`> [!${kind.toUpperCase()}] Memory quota\n> Body text.`, kind, 'Memory quota'],
  ])

  it.each(alerts)('renders %j through <Callout>', async (source, kind, title) => {
    expect(await renderMarkdown(`${source}\n`)).toBe(callout(kind!, title, '<p>Body text.</p>\n'))
  })

  it('accepts a lower-case marker and a body that starts after a blank quoted line', async () => {
    expect(await renderMarkdown('> [!warning]\n>\n> - one\n> - two\n')).toBe(
      callout('warning', undefined, '<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n'),
    )
  })

  it('renders inline markdown in an alert title', async () => {
    expect(await renderMarkdown('> [!NOTE] Use `nvidia-smi` <here>\n> Body.\n')).toContain(
      '<template #title>Use <code>nvidia-smi</code> <here></template>',
    )
  })

  it('leaves ordinary blockquotes alone', async () => {
    expect(await renderMarkdown('> Just a quote [!TIP]\n')).toBe(
      '<blockquote>\n<p>Just a quote [!TIP]</p>\n</blockquote>\n',
    )
  })
})

describe('calloutPlugin: VitePress containers it does not own', () => {
  it.each(Object.entries(vitepressFixtures))('renders %s exactly as VitePress does', async (name, source) => {
    expect(vitepressHtml.get(name)).toBeTruthy()
    expect(withoutRandomIds(await renderMarkdown(source))).toBe(withoutRandomIds(vitepressHtml.get(name)!))
  })

  it("replaces VitePress's own tip markup (so the comparison above can tell them apart)", async () => {
    const vitepressTip = vitepressHtml.get('tip')!
    expect(vitepressTip).toContain('custom-block')
    expect(await renderMarkdown(tipSource)).not.toBe(vitepressTip)
  })
})

describe('calloutPlugin: authoring errors', () => {
  const frontmatter = '---\ndescription: A lead sentence.\nverified: 2026-11-29\n---\n'

  it.each([
    [
      'an unknown kind, counting frontmatter lines',
      `${frontmatter}\n# Firewall\n\nSome text.\n\nMore text.\n\n::: tipp\nBody.\n:::\n`,
      `docs/limitations/firewall.md:12: unknown callout kind "tipp" (${knownKinds})`,
    ],
    [
      'a misspelled kind with a title and no space',
      '# Firewall\n\n:::warnig Title\nBody.\n:::\n',
      `docs/limitations/firewall.md:3: unknown callout kind "warnig" (${knownKinds})`,
    ],
    [
      'a misspelled VitePress container',
      '::: detials\nBody.\n:::\n',
      `docs/limitations/firewall.md:1: unknown callout kind "detials" (${knownKinds})`,
    ],
    [
      'an unknown kind inside a callout',
      '::: tip\nText.\n\n::: dangr\nBody.\n:::\n:::\n',
      `docs/limitations/firewall.md:4: unknown callout kind "dangr" (${knownKinds})`,
    ],
    [
      'an unknown kind right after a paragraph line',
      'Text.\n:::tipp\nBody.\n:::\n',
      `docs/limitations/firewall.md:2: unknown callout kind "tipp" (${knownKinds})`,
    ],
    [
      'an unknown GitHub alert kind',
      '# Firewall\n\n> [!TIPP]\n> Body.\n',
      `docs/limitations/firewall.md:3: unknown callout kind "TIPP" (${knownKinds})`,
    ],
    [
      'a callout never closed',
      `${frontmatter}\n# Firewall\n\n::: warning Memory quota\nBody.\n`,
      'docs/limitations/firewall.md:8: callout "warning" is never closed: end it with a ":::" line at the same indentation',
    ],
    [
      "a callout whose closing line is one nested callout's",
      '::: warning Outer\n::: tip Inner\nBody.\n:::\n',
      'docs/limitations/firewall.md:1: callout "warning" is never closed: end it with a ":::" line at the same indentation',
    ],
    [
      'a nested callout never closed inside a closed one',
      ':::: warning Outer\n::: tip Inner\nBody.\n::::\n',
      'docs/limitations/firewall.md:2: callout "tip" is never closed: end it with a ":::" line at the same indentation',
    ],
    [
      'a callout in a list item closed at the wrong indentation',
      '- item\n  ::: tip\n  Body.\n:::\n',
      'docs/limitations/firewall.md:2: callout "tip" is never closed: end it with a ":::" line at the same indentation',
    ],
    [
      'a callout whose closing line is inside an unclosed code fence',
      '::: tip\n```sh\necho\n:::\n',
      'docs/limitations/firewall.md:1: callout "tip" is never closed: end it with a ":::" line at the same indentation',
    ],
    [
      'a callout opener indented into the previous paragraph',
      'Text.\n    ::: tip\nBody.\n:::\n',
      'docs/limitations/firewall.md:2: callout "tip" is not read as one here: start it on its own line, indented less than 4 spaces',
    ],
  ])('reports %s with the file and line', async (_case, source, message) => {
    expect(await errorOf(source)).toBe(message)
  })

  it('counts lines of a page with Windows line endings', async () => {
    const source = '---\r\ntitle: x\r\n---\r\n\r\n::: tipp\r\n:::\r\n'
    expect(await errorOf(source)).toBe(`docs/limitations/firewall.md:5: unknown callout kind "tipp" (${knownKinds})`)
  })

  it('names the page relative to the docs folder when it has no absolute path', async () => {
    const { siteMarkdown } = await import('../render-markdown')
    const md = await siteMarkdown()
    expect(() => md.render('::: tipp\n:::\n', { relativePath: 'guide/start.md' })).toThrow(
      `guide/start.md:1: unknown callout kind "tipp" (${knownKinds})`,
    )
  })
})
