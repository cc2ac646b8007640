/**
 * What a page's frontmatter may hold: the site's own fields, checked here with the file and line of a mistake, and
 * the VitePress fields the site uses. Content pages (everything in guide/, limitations/, shared/, status/ and config/
 * but the limitations overview and moved pages) must say what they are about, when their facts were checked and
 * where the facts come from.
 */
import { z } from 'zod'

const https = z.url({ protocol: /^https$/, error: 'must be an absolute https: address' })

const siteFields = {
  description: z.string().min(20, 'must be at least a sentence'),
  verified: z.date({ error: 'must be the date the facts were last checked, as YYYY-MM-DD' }),
  sources: z
    .array(z.union([https, z.strictObject({ url: https, title: z.string().min(1) })]))
    .min(1, 'must list at least one source'),
  order: z.number(),
  contributors: z.array(z.string().min(1)),
  /** Heading ids this page no longer has, each with the id (`#new-id`) or address (`/page#id`) that replaced it. */
  aliases: z.record(z.string(), z.string().regex(/^(\/[^\s#]*)?(#\S+)?$/, 'must be "#id", "/path" or "/path#id"')),
  /** A page that only forwards: where its address now lives. */
  movedTo: z.string().regex(/^\/\S*$/, 'must be a site path such as /limitations/'),
}

const vitePressFields = Object.fromEntries(
  [
    'title',
    'titleTemplate',
    'layout',
    'hero',
    'features',
    'head',
    'outline',
    'search',
    'sidebar',
    'aside',
    'prev',
    'next',
  ].map((field) => [field, z.unknown()]),
)

const optional = z.strictObject({ ...vitePressFields, ...siteFields }).partial()
const contentPage = optional.required({ description: true, verified: true, sources: true })

export type Frontmatter = z.infer<typeof optional>

/** Whether the page at `relativePath` must have a description, a verified date and sources. */
export function isContentPage(relativePath: string, data: Record<string, unknown>): boolean {
  return (
    /^(guide|limitations|shared|status|config)\//.test(relativePath) &&
    relativePath !== 'limitations/index.md' &&
    !data.movedTo
  )
}

/** What each required field holds, for the message when it is missing. */
const requiredFields: Record<string, string> = {
  description: 'one or two sentences on what the page covers, shown under its title, in link previews and search',
  verified: 'the date you last checked the facts against the sources, as YYYY-MM-DD',
  sources: "the https: addresses the facts come from, such as the lab guide's file at the commit you read",
}

/**
 * The first problem of a page's frontmatter, as the field it is about and a sentence for the writer. `rawValue`
 * reads a field as written: YAML turns a date such as 2026-13-40 into a real date of the next year.
 */
export function frontmatterProblem(
  relativePath: string,
  data: Record<string, unknown>,
  rawValue: (field: string) => string | undefined,
): { field: string; message: string } | undefined {
  const result = (isContentPage(relativePath, data) ? contentPage : optional).safeParse(data)
  const issue = result.error?.issues[0]
  if (issue?.code === 'unrecognized_keys') {
    const known = Object.keys(siteFields).join(', ')
    return { field: issue.keys[0]!, message: `frontmatter "${issue.keys[0]}" is not a field the site knows (${known})` }
  }
  if (issue) {
    const field = String(issue.path[0])
    const missing = data[field] === undefined && requiredFields[field]
    return { field, message: `frontmatter "${field}" ${missing ? `is required: ${missing}` : issue.message}` }
  }
  if (data.verified instanceof Date) {
    const date = data.verified.toISOString().slice(0, 10)
    if (rawValue('verified')?.replace(/^['"]|['"]$/g, '') !== date) {
      return { field: 'verified', message: 'frontmatter "verified" is not a real date: write it as YYYY-MM-DD' }
    }
    if (date > new Date().toISOString().slice(0, 10)) {
      return {
        field: 'verified',
        message: `frontmatter "verified" (${date}) is in the future: give the day you checked`,
      }
    }
  }
  return undefined
}
