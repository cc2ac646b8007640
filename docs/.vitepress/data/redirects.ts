import { lineWhere } from '../helpers/source-lines'

/**
 * Addresses that moved, in one place. The build writes a redirect page for each page of the lab's previous site,
 * the theme rewrites an aliased `#old-id` when a reader arrives with it, and `npm run check:email-links` proves that
 * every target still exists in the built site.
 */

/** A page of the previous site, sent to the pages and sections that replaced it. */
export interface MovedPage {
  /** The old page's path, without base or `.html`: `/guide/limit`. */
  from: string
  /** Where the old page goes when its address has no anchor, or one not listed below. */
  to: string
  /** Each old anchor (without `#`) and the site path, with an optional `#id`, that replaced it. */
  anchors: Record<string, string>
}

export const movedPages = [
  {
    from: '/guide/limit',
    to: '/limitations/',
    anchors: {
      'gpu-passthrough': '/limitations/gpu-passthrough',
      'monitor-gpu-process': '/limitations/gpu-passthrough#monitor-gpu-process',
      'kill-gpu-process': '/limitations/gpu-passthrough#kill-gpu-process',
      'nested-container': '/limitations/nested-containers',
      firewall: '/limitations/firewall',
      'memory-limits': '/limitations/memory-limits',
      'memory-enforcement-policy': '/limitations/memory-limits#memory-enforcement-policy',
      'monitoring-memory-usage': '/limitations/memory-limits#monitoring-memory-usage',
      'memory-quota-by-server': '/limitations/memory-limits#memory-quota-by-server',
      'reducing-memory-usage': '/limitations/memory-limits#reducing-memory-usage',
    },
  },
] as const satisfies readonly MovedPage[]

/**
 * Heading ids that were renamed on a current page and still work: page path → old id → current id. When you
 * rename a heading's `{#id}`, add the old one here.
 */
export const anchorAliases: Record<string, Record<string, string>> = {
  // The previous site's heading was "Nested Container"; its page is now titled "Nested containers".
  '/limitations/nested-containers': { 'nested-container': 'nested-containers' },
  // December 2026: the guide now follows the lab's tested procedure (no storage-driver in daemon.json), and its
  // GPU errors that no lab source documents went.
  '/guide/docker': {
    'configure-storage-driver': 'prepare-fuse-overlayfs',
    'wrong-storage-driver': 'restart-and-verify',
    'flag-and-file-conflict': 'daemon-json-invalid',
    'gpu-errors': 'gpu-in-docker',
  },
}

/** The current id for `id` on the page at `path`, when `id` is an alias there. */
export function aliasedAnchor(path: string, id: string, aliases = anchorAliases): string | undefined {
  const pageAliases = aliases[path]
  return pageAliases && Object.hasOwn(pageAliases, id) ? pageAliases[id] : undefined
}

const anchorId = /^[^\s#]+$/

/**
 * Whether `path` is an address on this site: `/` then a path without `?`, whitespace or `\`, and at most one `#id`.
 * Not `//host/…` (a browser goes to another host) and no `.` or `..` segment (it would climb out of the base).
 */
export function isSitePath(path: string, { anchor = true } = {}): boolean {
  const [pathname = '', fragment, ...more] = path.split('#')
  if (more.length || (fragment !== undefined && (!anchor || !anchorId.test(fragment)))) return false
  if (!/^\/(?![/\\])[^\s?\\]*$/.test(pathname)) return false
  return !pathname.split('/').some((segment) => segment === '.' || segment === '..')
}

/**
 * Checks the redirect data; throws an error naming `fileName`, the line of the offending entry in `source`, and
 * what is wrong.
 */
export function validateRedirects(
  pages: readonly MovedPage[],
  aliases: Record<string, Record<string, string>>,
  fileName: string,
  source: string,
): void {
  const problems: string[] = []
  const report = (needle: string, message: string) => problems.push(`${fileName}:${lineOf(source, needle)}: ${message}`)
  const seen = new Set<string>()

  for (const page of pages) {
    if (!isSitePath(page.from, { anchor: false }) || page.from.endsWith('/') || page.from.endsWith('.html')) {
      report(page.from, `moved page "${page.from}" must be a site path without "/" at the end, ".html", "?" or "#"`)
    }
    if (seen.has(page.from)) report(page.from, `moved page "${page.from}" is listed twice`)
    seen.add(page.from)
    if (!isSitePath(page.to)) report(page.to, `"${page.from}" goes to "${page.to}", which is not a site path`)
    for (const [anchor, target] of Object.entries(page.anchors)) {
      if (!anchorId.test(anchor)) report(anchor, `old anchor "${anchor}" of "${page.from}" must be an id without "#"`)
      if (!isSitePath(target)) report(target, `"${page.from}#${anchor}" goes to "${target}", which is not a site path`)
    }
  }
  for (const [path, pageAliases] of Object.entries(aliases)) {
    if (!isSitePath(path, { anchor: false })) {
      report(path, `aliases are listed under "${path}", which is not a page path`)
    }
    for (const [oldId, newId] of Object.entries(pageAliases)) {
      if (!anchorId.test(oldId) || !anchorId.test(newId)) {
        report(oldId, `alias "${oldId}" → "${newId}" on "${path}" must map an id to an id, both without "#"`)
      } else if (oldId === newId) {
        report(oldId, `alias "${oldId}" on "${path}" points to itself`)
      }
    }
  }
  if (problems.length) throw new Error(problems.join('\n'))
}

function lineOf(source: string, needle: string): number {
  return lineWhere(source, (line) => line.includes(`'${needle}'`) || line.includes(`${needle}:`)) ?? 1
}
