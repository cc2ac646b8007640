/** The lab's servers and their per-container memory quotas: the one source of the quota table and its search text. */
import { lineWhere } from '../helpers/source-lines'

/** One RoseLab server. RAM is counted in binary units, as memory is sold: 1 TB = 1024 GB. */
export interface Server {
  /** Host name, as members type it (also the value of the `?server=` query parameter). */
  name: string
  /** Physical RAM of the host, in GB (1024 GB = 1 TB). */
  totalRamGB: number
  /** Memory quota of each container, as a multiple of the standard quota. */
  quotaMultiplier: number
  /** Anything else a member should know about this server. */
  notes?: string
}

/**
 * The servers in table order, one per line; checked when the site builds (check-servers.ts). RAM and quotas from the
 * lab guide's limit.md and its hardware list in index.md, both at commit ba581df (2026-04-29), which added roselab6
 * and roselab7.
 */
export const servers = [
  { name: 'roselab1', totalRamGB: 512, quotaMultiplier: 1 },
  { name: 'roselab2', totalRamGB: 512, quotaMultiplier: 1 },
  { name: 'roselab3', totalRamGB: 512, quotaMultiplier: 1 },
  { name: 'roselab4', totalRamGB: 1024, quotaMultiplier: 2 },
  { name: 'roselab5', totalRamGB: 2048, quotaMultiplier: 4 },
  { name: 'roselab6', totalRamGB: 384, quotaMultiplier: 1 },
  { name: 'roselab7', totalRamGB: 384, quotaMultiplier: 1 },
] satisfies readonly Server[]

/** What the host does to a container that goes over its quota (a hard limit: see the memory-limits page). */
export const overQuotaAction = 'Killed at once, no grace period'

/** Wording of the quota table, shared by the component and the search index so both say the same. */
export const quotaTableLabels = {
  server: 'Server',
  totalRam: 'Total RAM',
  quota: 'Quota per container',
  overQuota: 'If a container exceeds its quota',
  notes: 'Notes',
  largestQuota: 'Largest quota',
} as const

const gbPerTB = 1024

/** RAM for people: `512` → "512 GB", `1024` → "1 TB", `1536` → "1.5 TB". */
export function formatRam(gb: number): string {
  if (gb >= gbPerTB) return `${formatNumber(gb / gbPerTB)} TB`
  return `${formatNumber(gb)} GB`
}

/** A quota multiplier for people: `4` → "4× standard". */
export function formatQuota(multiplier: number): string {
  return `${formatNumber(multiplier)}× standard`
}

/**
 * The servers' names as a phrase, for text that names them all: runs of consecutive numbers collapse, so the lab's
 * servers read "roselab1 to roselab7", and a gap or another name is listed ("roselab1 to roselab3 and rosebig").
 */
export function serverRange(rows: readonly Pick<Server, 'name'>[] = servers): string {
  const runs: string[][] = []
  for (const { name } of rows) {
    const previous = runs.at(-1)?.at(-1)
    if (previous !== undefined && isNextNumber(previous, name)) runs.at(-1)!.push(name)
    else runs.push([name])
  }
  const items = runs.flatMap((run) => (run.length >= 3 ? [`${run[0]} to ${run.at(-1)}`] : run))
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`
}

/** Whether `name` is `previous` with its trailing number plus one (`roselab4` after `roselab3`). */
function isNextNumber(previous: string, name: string): boolean {
  const a = /^(.*?)(\d+)$/.exec(previous)
  const b = /^(.*?)(\d+)$/.exec(name)
  return !!a && !!b && a[1] === b[1] && Number(b[2]) === Number(a[2]) + 1
}

/** The quota table's caption, naming the servers it lists. */
export function quotaTableCaption(rows: readonly Server[] = servers): string {
  return `Memory quota per container on ${serverRange(rows)}`
}

/** The servers whose containers get the largest memory quota, in table order. */
export function largestQuotaServers(rows: readonly Server[] = servers): Server[] {
  const largest = Math.max(...rows.map((server) => server.quotaMultiplier))
  return rows.filter((server) => server.quotaMultiplier === largest)
}

/** The server a `?server=` query value names (case-insensitive), if any. */
export function findServer(query: string | null, rows: readonly Server[] = servers): Server | undefined {
  const wanted = query?.trim().toLowerCase()
  return wanted ? rows.find((server) => server.name === wanted) : undefined
}

/** The quota table as Markdown, with the component's wording, for text-only outputs such as the search index. */
export function serverQuotaMarkdown(rows: readonly Server[] = servers): string {
  const largest = new Set(largestQuotaServers(rows).map((server) => server.name))
  const hasNotes = rows.some((server) => server.notes)
  const header = [
    quotaTableLabels.server,
    quotaTableLabels.totalRam,
    quotaTableLabels.quota,
    quotaTableLabels.overQuota,
    ...(hasNotes ? [quotaTableLabels.notes] : []),
  ]
  const body = rows.map((server) => [
    server.name,
    formatRam(server.totalRamGB),
    formatQuota(server.quotaMultiplier) + (largest.has(server.name) ? ` (${quotaTableLabels.largestQuota})` : ''),
    overQuotaAction,
    ...(hasNotes ? [server.notes ?? ''] : []),
  ])
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`
  const table = [line(header), line(header.map(() => '---')), ...body.map(line)]
  return `${quotaTableCaption(rows)}:\n\n${table.join('\n')}\n`
}

function formatNumber(value: number): string {
  return String(Math.round(value * 100) / 100)
}

const allowedFields = ['name', 'totalRamGB', 'quotaMultiplier', 'notes'] as const
const positiveNumberFields = ['totalRamGB', 'quotaMultiplier'] as const
// A single lowercase host-name label (RFC 1123), so the name is safe in a URL query.
const hostNamePattern = /^[a-z](?:[a-z0-9-]{0,61}[a-z0-9])?$/

/**
 * Checks rows against `Server` and returns them typed. Throws one error listing every problem, each naming the
 * file, the line of the row (when `source`, the text of `file`, is given), the server and the field.
 */
export function validateServers(rows: readonly unknown[], file: string, source?: string): Server[] {
  const problems: string[] = rows.length === 0 ? [`${file}: the server list is empty`] : []
  const seenNames = new Set<string>()
  const nameOccurrences = new Map<string, number>()

  rows.forEach((row, index) => {
    if (!isRecord(row)) {
      problems.push(`${file}: server #${index + 1}: must be an object (got ${describe(row)})`)
      return
    }
    const name = typeof row.name === 'string' ? row.name : undefined
    const occurrence = name === undefined ? 0 : (nameOccurrences.get(name) ?? 0)
    if (name !== undefined) nameOccurrences.set(name, occurrence + 1)
    const line = name !== undefined && source !== undefined ? findRowLine(source, name, occurrence) : undefined
    const position = line === undefined ? file : `${file}:${line}`
    const where = `${position}: server ${name === undefined ? `#${index + 1}` : `"${name}"`}`
    const report = (field: string, problem: string) => problems.push(`${where}: field "${field}" ${problem}`)

    if (name === undefined) report('name', `is required and must be a string (got ${describe(row.name)})`)
    else if (!hostNamePattern.test(name)) report('name', 'must be a lowercase host name such as "roselab6"')
    else if (seenNames.has(name)) report('name', 'must be unique (another server has this name)')
    else seenNames.add(name)

    for (const field of positiveNumberFields) {
      const value = row[field]
      if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
        report(field, `must be a positive number (got ${describe(value)})`)
      }
    }
    if (row.notes !== undefined && (typeof row.notes !== 'string' || row.notes.trim() === '')) {
      report('notes', `must be non-empty text when present (got ${describe(row.notes)})`)
    }
    for (const field of Object.keys(row)) {
      if (!(allowedFields as readonly string[]).includes(field)) {
        report(field, `is not a known field (known: ${allowedFields.join(', ')})`)
      }
    }
  })

  if (problems.length > 0) throw new Error(problems.join('\n'))
  return rows as Server[]
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value)
  return JSON.stringify(value) ?? typeof value
}

/** 1-based line of the `occurrence`-th row whose name is `name`, found by its `name: '…'` property. */
function findRowLine(source: string, name: string, occurrence: number): number | undefined {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
  const property = new RegExp(`\\bname\\s*:\\s*(['"\`])${escaped}\\1`)
  return lineWhere(source, (line) => property.test(line), occurrence)
}
