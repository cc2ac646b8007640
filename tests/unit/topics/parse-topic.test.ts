import { describe, expect, it } from 'vitest'
import { parseTopic, sortTopics, TopicError } from '../../../docs/.vitepress/topics/parse-topic'

const file = 'docs/limitations/example.md'
const parse = (source: string) => parseTopic(file, 'limitations/example', source)
const labGuide =
  'https://github.com/Rose-STL-Lab/rose-stl-lab.github.io/blob/ba581dfa62d4e6172269db576e710b80b5d5f1ce/docs/guide/limit.md'
const valid = `---
description: Containers are killed at once when they exceed their memory quota.
verified: 2026-11-29
order: 40
contributors: [Ray]
sources:
  - ${labGuide}
---

# Memory limits {#memory-limits}

Body.
`

describe('parseTopic', () => {
  it('reads the title from the first heading and the rest from frontmatter', () => {
    expect(parse(valid)).toEqual({
      page: 'limitations/example',
      title: 'Memory limits',
      description: 'Containers are killed at once when they exceed their memory quota.',
      verified: '2026-11-29',
      order: 40,
      contributors: ['Ray'],
      sources: [
        { url: labGuide, title: 'docs/guide/limit.md in Rose-STL-Lab/rose-stl-lab.github.io at commit ba581df' },
      ],
      card: {
        details: 'Containers are killed at once when they exceed their memory quota.',
        linkText: 'Read about memory limits',
      },
    })
  })

  it("takes the home page card's text and link words from `card`, each falling back on its own", () => {
    const withCard = (card: string) => parse(valid.replace('order: 40\n', `order: 40\n${card}`))
    expect(withCard('card:\n  details: Quotas by server.\n  linkText: Quotas\n').card).toEqual({
      details: 'Quotas by server.',
      linkText: 'Quotas',
    })
    expect(withCard('card:\n  linkText: Quotas\n').card.details).toBe(
      'Containers are killed at once when they exceed their memory quota.',
    )
  })

  it('fills in the facts a description names, such as the range of servers', () => {
    const topic = parse(valid.replace('their memory quota.', 'their memory quota on {% serverRange %}.'))
    expect(topic.description).toMatch(/quota on roselab1 to roselab\d+\.$/)
  })

  it('keeps the title a source was given', () => {
    const source = valid.replace(
      `  - ${labGuide}`,
      '  - url: https://linuxcontainers.org/lxc/security/\n    title: LXC security',
    )
    expect(parse(source).sources).toEqual([{ url: 'https://linuxcontainers.org/lxc/security/', title: 'LXC security' }])
  })

  it('defaults order and contributors', () => {
    const topic = parse(valid.replace('order: 40\n', '').replace('contributors: [Ray]\n', ''))
    expect(topic.order).toBe(100)
    expect(topic.contributors).toEqual([])
  })

  it.each([
    ['a missing description', valid.replace(/description: .*\n/, ''), 1, 'frontmatter "description"'],
    [
      'a too short description',
      valid.replace(/description: .*\n/, 'description: Short.\n'),
      2,
      'frontmatter "description"',
    ],
    ['an invalid verified date', valid.replace('2026-11-29', '2026-13-40'), 3, 'frontmatter "verified"'],
    ['a verified value that is not a date', valid.replace('2026-11-29', 'yesterday'), 3, 'frontmatter "verified"'],
    ['a non-numeric order', valid.replace('order: 40', 'order: first'), 4, 'frontmatter "order"'],
    ['contributors that are not names', valid.replace('[Ray]', '[1, ""]'), 5, 'frontmatter "contributors"'],
    ['an unknown field', valid.replace('order: 40', 'ordr: 40'), 4, 'unknown frontmatter field "ordr"'],
    ['no title heading', valid.replace('# Memory limits {#memory-limits}', 'Memory limits'), 9, '"# Title" heading'],
    ['no sources', valid.replace(/sources:\n.*\n/, ''), 1, 'frontmatter "sources" is required'],
    [
      'an empty list of sources',
      valid.replace(/sources:\n.*\n/, 'sources: []\n'),
      6,
      'frontmatter "sources" is required',
    ],
    [
      'a source that is not an absolute https: URL',
      valid.replace(labGuide, 'http://roselab1.ucsd.edu/guide/limit'),
      6,
      'frontmatter "sources" entry 1 must be an absolute https: URL (got "http://roselab1.ucsd.edu/guide/limit")',
    ],
    [
      'a relative source',
      valid.replace(labGuide, '/guide/limit'),
      6,
      'frontmatter "sources" entry 1 must be an absolute https: URL',
    ],
    [
      'a card that is not a mapping',
      valid.replace('order: 40\n', 'order: 40\ncard: Quotas\n'),
      5,
      'frontmatter "card" must hold',
    ],
    [
      'a card with an unknown field',
      valid.replace('order: 40\n', 'order: 40\ncard:\n  title: Quotas\n'),
      5,
      'unknown field "title"',
    ],
    [
      'an unknown fact in the description',
      valid.replace('quota.', 'quota on {% serverz %}.'),
      2,
      'unknown fact "{% serverz %}"',
    ],
  ])('rejects %s, naming the file and line', (_case, source, line, message) => {
    let error: unknown
    try {
      parse(source)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(TopicError)
    expect((error as TopicError).message).toContain(`${file}:${line}: `)
    expect((error as TopicError).message).toContain(message)
  })
})

describe('sortTopics', () => {
  it('orders by `order`, then by title', () => {
    const sorted = sortTopics([
      { order: 20, title: 'B' },
      { order: 10, title: 'Z' },
      { order: 20, title: 'A' },
    ])
    expect(sorted.map((topic) => topic.title)).toEqual(['Z', 'A', 'B'])
  })
})
