import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../render-markdown'

const frontmatter = '---\ndescription: A page with images in it, for the test.\n---\n\n'

describe('imageDimensionsPlugin', () => {
  it('accepts an <img> with width and height, across lines', async () => {
    const html = await renderMarkdown(
      '<figure>\n  <img\n    src="/a.svg"\n    width="720"\n    height="420"\n    alt="A"\n  />\n</figure>\n',
    )
    expect(html).toContain('width="720"')
  })

  it('accepts a Markdown image that states its size', async () => {
    const html = await renderMarkdown('![A chart](/chart.png){width=640 height=320}\n')
    expect(html).toContain('<img src="/chart.png" alt="A chart" width="640" height="320"')
  })

  it('fails on a Markdown image without its size, naming the file and the line after the frontmatter', async () => {
    await expect(
      renderMarkdown(`${frontmatter}# Title\n\nText.\n\n![example](/limit-1.png)\n`, 'notes/x.md'),
    ).rejects.toThrow(
      /^docs\/notes\/x\.md:9: image "\/limit-1\.png" needs its width and height: !\[alt text\]\(\/limit-1\.png\)\{width=720 height=420\}$/,
    )
  })

  it('fails on an <img> in an HTML block that lacks a height, on the line of the tag', async () => {
    await expect(
      renderMarkdown(`${frontmatter}<figure>\n\n<img src="/a.svg" width="720" alt="A">\n</figure>\n`, 'notes/y.md'),
    ).rejects.toThrow('docs/notes/y.md:7: <img src="/a.svg"> needs width="…" and height="…" attributes')
  })

  it('fails on an inline <img> in a paragraph', async () => {
    await expect(renderMarkdown('Look: <img src="/icon.svg" alt=""> here.\n', 'z.md')).rejects.toThrow(
      'docs/z.md:1: <img src="/icon.svg"> needs width="…" and height="…" attributes',
    )
  })

  it('leaves images shown as code alone', async () => {
    const html = await renderMarkdown('```html\n<img src="/a.svg">\n```\n\nInline `<img src="/b.svg">` too.\n')
    expect(html).toContain('&lt;img')
  })
})
