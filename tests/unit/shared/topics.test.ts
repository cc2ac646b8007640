import { describe, expect, it } from 'vitest'
import { parseTopic, sortTopics, TopicError } from '../../../docs/.vitepress/shared/topics'

const file = 'docs/limitations/example.md'
const parse = (source: string) => parseTopic(file, 'limitations/example', source)
const valid = `---
description: Containers are killed at once when they exceed their memory quota.
verified: 2026-11-29
order: 40
contributors: [Ray]
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
    })
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
    ['no title heading', valid.replace('# Memory limits {#memory-limits}', 'Memory limits'), 7, '"# Title" heading'],
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
