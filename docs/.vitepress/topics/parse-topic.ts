/**
 * Reads a limitation topic page: its title (the first `#` heading) and its frontmatter.
 * The sidebar, the overview's content loader and the checks share this parser so that a
 * new Markdown file in docs/limitations/ shows up everywhere with no other edit.
 */
import matter from 'gray-matter'
import { expandSiteFacts, unknownFactMessage } from '../data/site-facts'
import { lineWhere } from '../helpers/source-lines'
import { readSources, type Source } from './sources'

export interface TopicMeta {
  /** Path of the page without extension, relative to docs/, e.g. `limitations/firewall`. */
  page: string
  title: string
  /** The "in short" lead: what goes wrong, what to do, whom to ask. */
  description: string
  /** Date the facts were last checked, `YYYY-MM-DD`. */
  verified: string
  /** Sidebar and overview position; lower comes first, ties sort by title. */
  order: number
  contributors: string[]
  /** Where the page's facts come from (frontmatter `sources`). */
  sources: Source[]
  /** The topic's card on the home page: a short text and the words of its link. */
  card: TopicCard
}

export interface TopicCard {
  details: string
  linkText: string
}

export class TopicError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    message: string,
  ) {
    super(`${file}:${line}: ${message}`)
    this.name = 'TopicError'
  }
}

const knownFields = new Set([
  'description',
  'verified',
  'sources',
  'card',
  'order',
  'contributors',
  'title',
  'head',
  'outline',
  'aliases',
])

/** Parses and validates one topic page; throws a TopicError naming the file and line. */
export function parseTopic(file: string, page: string, source: string): TopicMeta {
  const parsed = matter(source)
  const data = parsed.data as Record<string, unknown>
  const frontmatterLines = source.slice(0, source.length - parsed.content.length).split('\n').length - 1
  const lineOf = (field: string): number => lineWhere(source, (line) => line.startsWith(`${field}:`)) ?? 1

  for (const field of Object.keys(data)) {
    if (!knownFields.has(field)) {
      throw new TopicError(
        file,
        lineOf(field),
        `unknown frontmatter field "${field}" (known: ${[...knownFields].join(', ')})`,
      )
    }
  }

  const bodyLines = parsed.content.split('\n')
  const headingIndex = bodyLines.findIndex((line) => /^#\s+\S/.test(line))
  if (headingIndex < 0) throw new TopicError(file, frontmatterLines + 1, 'a topic page needs a "# Title" heading')
  const title = bodyLines[headingIndex]!.replace(/^#\s+/, '')
    .replace(/\s*\{#[^}]*\}\s*$/, '')
    .trim()

  const rawDescription = data.description
  if (typeof rawDescription !== 'string' || rawDescription.trim().length < 20) {
    throw new TopicError(
      file,
      lineOf('description'),
      'frontmatter "description" (the "in short" lead) is required: at least one sentence',
    )
  }
  const description = expandSiteFacts(rawDescription, (name) => {
    throw new TopicError(file, lineOf('description'), unknownFactMessage(name))
  })

  // YAML turns `2026-13-40` into a rolled-over Date, so the date is checked as written in the file.
  const verified = data.verified instanceof Date ? rawValue(source, 'verified') : data.verified
  if (typeof verified !== 'string' || !isIsoDate(verified)) {
    throw new TopicError(
      file,
      lineOf('verified'),
      'frontmatter "verified" must be the date the facts were last checked, as YYYY-MM-DD',
    )
  }

  const order = data.order ?? 100
  if (typeof order !== 'number' || !Number.isFinite(order)) {
    throw new TopicError(file, lineOf('order'), 'frontmatter "order" must be a number')
  }

  const contributors = data.contributors ?? []
  if (!Array.isArray(contributors) || contributors.some((name) => typeof name !== 'string' || !name.trim())) {
    throw new TopicError(file, lineOf('contributors'), 'frontmatter "contributors" must be a list of names')
  }

  const sources = readSources(data.sources)
  if ('problem' in sources) throw new TopicError(file, lineOf('sources'), sources.problem)

  const card = readCard(data.card, { details: description.trim(), linkText: `Read about ${title.toLowerCase()}` })
  if (typeof card === 'string') throw new TopicError(file, lineOf('card'), card)

  return {
    page,
    title,
    description: description.trim(),
    verified,
    order,
    contributors: contributors as string[],
    sources: sources.sources,
    card,
  }
}

/** The card of frontmatter `card: { details, linkText }`, each part optional; a sentence for the author if malformed. */
function readCard(value: unknown, fallback: TopicCard): TopicCard | string {
  if (value === undefined) return fallback
  const problem = 'frontmatter "card" must hold "details" (the home page card\'s text) and "linkText", both text'
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return problem
  const { details, linkText, ...rest } = value as Record<string, unknown>
  if (Object.keys(rest).length) return `${problem}; unknown field "${Object.keys(rest)[0]}"`
  if (
    (details !== undefined && typeof details !== 'string') ||
    (linkText !== undefined && typeof linkText !== 'string')
  ) {
    return problem
  }
  return { details: details?.trim() || fallback.details, linkText: linkText?.trim() || fallback.linkText }
}

/** Sorts topics the way the sidebar and the overview list them. */
export function sortTopics<T extends Pick<TopicMeta, 'order' | 'title'>>(topics: T[]): T[] {
  return [...topics].sort((a, b) => a.order - b.order || a.title.localeCompare(b.title))
}

function rawValue(source: string, field: string): string | undefined {
  const line = source.split('\n').find((text) => text.startsWith(`${field}:`))
  return line
    ?.slice(field.length + 1)
    .trim()
    .replace(/^(['"])(.*)\1$/, '$2')
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false
  const date = new Date(`${value}T00:00:00Z`)
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value)
}
