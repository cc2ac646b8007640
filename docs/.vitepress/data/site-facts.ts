/**
 * Facts that pages write as `{% name %}` instead of by hand, derived from the typed data: when the lab adds a
 * server, every sentence that names the servers follows from servers.ts with no edit to a page.
 */
import { formatQuota, largestQuotaServers, serverRange, servers, type Server } from './servers'

/** The facts a page may name, each a short phrase that reads well inside a sentence. */
export function siteFactsFor(rows: readonly Server[]) {
  const largest = largestQuotaServers(rows)
  return {
    /** "roselab1 to roselab7" */
    serverRange: serverRange(rows),
    /** "roselab5": the server(s) whose containers get the largest memory quota. */
    largestQuotaServers: serverRange(largest),
    /** "4× standard": that largest quota. */
    largestQuota: formatQuota(largest[0]?.quotaMultiplier ?? 1),
  }
}

export type SiteFacts = ReturnType<typeof siteFactsFor>

export const siteFacts: SiteFacts = siteFactsFor(servers)

/** `{% name %}`, spaces inside the braces optional. */
const factPattern = /\{%\s*([^%{}]*?)\s*%\}/g

/**
 * `text` with every `{% name %}` replaced by its fact. Calls `onUnknown` with the name and its offset in `text` for
 * a name that is not a fact (the caller turns that into an error naming the file and line).
 */
export function expandSiteFacts(
  text: string,
  onUnknown: (name: string, offset: number) => never,
  facts: SiteFacts = siteFacts,
): string {
  return text.replace(factPattern, (_match, name: string, offset: number) =>
    Object.hasOwn(facts, name) ? facts[name as keyof SiteFacts] : onUnknown(name, offset),
  )
}

/** The sentence for an unknown `{% name %}`, listing the names that exist. */
export function unknownFactMessage(name: string, facts: SiteFacts = siteFacts): string {
  return `unknown fact "{% ${name} %}" (known: ${Object.keys(facts).join(', ')})`
}
