import { describe, expect, it } from 'vitest'
import { render, renderError, validFrontmatter } from './render'

const today = new Date().toISOString().slice(0, 10)

describe('the frame of a page', () => {
  it('puts the lead under the title and the sources at the end', async () => {
    const { html } = await render(`${validFrontmatter}# Title {#title}\n\nText.\n`, 'guide/example.md')
    expect(html).toMatch(
      /<\/h1>\n<div class="page-lead">\n<p class="page-lead-summary"><strong>In short:<\/strong> A sentence/,
    )
    expect(html).toContain('Facts last verified on <time datetime="2026-01-05">January 5, 2026</time>.')
    expect(html).toMatch(
      /<h2 id="sources"[\s\S]*docs\/guide\/limit\.md in Rose-STL-Lab\/rose-stl-lab\.github\.io at ba581df<\/a><\/li>\n<\/ul>\n$/,
    )
  })

  it('asks nothing of a page outside the content folders', async () => {
    expect((await render('# Contributing\n', 'contributing.md')).html).toContain('<h1')
  })

  it.each([
    [
      'description',
      'description: A sentence long enough to describe the page.\n',
      'example.md:1: frontmatter "description" is required',
    ],
    [
      'sources',
      'sources:\n  - https://github.com/Rose-STL-Lab/rose-stl-lab.github.io/blob/ba581dfa62d4e6172269db576e710b80b5d5f1ce/docs/guide/limit.md\n',
      'frontmatter "sources" is required',
    ],
    ['verified', 'verified: 2026-01-05\n', 'frontmatter "verified" is required: the date you last checked'],
  ])('refuses a content page without "%s"', async (_field, line, message) => {
    expect(await renderError(validFrontmatter.replace(line, ''), 'guide/example.md')).toContain(message)
  })

  it.each([
    [
      'a date in the future',
      'verified: 2026-01-05',
      'verified: 2099-01-01',
      'example.md:3: frontmatter "verified" (2099-01-01) is in the future',
    ],
    [
      'a date that does not exist',
      'verified: 2026-01-05',
      'verified: 2026-02-30',
      'example.md:3: frontmatter "verified" is not a real date',
    ],
    [
      'a source that is not https',
      '  - https://github.com',
      '  - http://github.com',
      'example.md:4: frontmatter "sources" must be an absolute https: address',
    ],
    [
      'an unknown field',
      'verified:',
      'verifed: 2026-01-05\nverified:',
      'example.md:3: frontmatter "verifed" is not a field the site knows',
    ],
  ])('names the line of %s', async (_case, find, replace, message) => {
    expect(await renderError(validFrontmatter.replace(find, replace), 'limitations/example.md')).toContain(message)
  })

  it("accepts today's date", async () => {
    const page = validFrontmatter.replace('2026-01-05', today)
    expect((await render(`${page}# T\n`, 'status/index.md')).html).toContain(`<time datetime="${today}">`)
  })
})
