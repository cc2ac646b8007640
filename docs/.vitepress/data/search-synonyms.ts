/**
 * The words lab members type for what the docs say in other words ("firewalld", "OOM", "SIGKILL"). They are added to
 * the search index only, after each section whose prose says one of the `written` phrases (search.ts); pages and
 * result excerpts never show them. Add a concept when a search for it lands in the wrong place, and add the query to
 * search-queries.ts.
 */
import { lineWhere } from '../helpers/source-lines'

/** A concept as the docs write it and as lab members type it. */
export interface SearchSynonym {
  /** Words or phrases the docs' prose uses for the concept, matched as whole words in any case. */
  written: readonly string[]
  /** What lab members type for it instead, as plain text; indexed once per occurrence of a `written` phrase. */
  typed: readonly string[]
}

export const searchSynonyms = [
  // Firewall tools someone would run inside their own container.
  {
    written: ['firewall inside your container', 'your own firewall', 'firewall services'],
    typed: ['firewalld', 'ufw', 'iptables', 'nftables'],
  },
  // Letting only some addresses in: the host's firewall rule.
  {
    written: ['firewall rule', 'control access', 'restrict access'],
    typed: ['whitelist', 'allowlist', 'blocklist', 'allow', 'block', 'acl'],
  },
  // Where a request comes from.
  {
    written: ['source address'],
    typed: ['ip'],
  },
  // A service that the whole internet can reach.
  {
    written: ['reachable from everywhere', 'from anywhere', 'anyone can reach'],
    typed: ['world', 'public', 'exposed', 'internet', 'open', 'security'],
  },
  // Going over the memory quota, and the kill that follows.
  {
    written: ['over the memory quota', 'over its memory quota', 'above the quota', 'exceeds its quota'],
    typed: ['oom', 'oom-killer', 'out of memory', 'sigkill', 'killed', 'exit code 137'],
  },
  // Ending a process by hand.
  {
    written: ['kill', 'killing'],
    typed: ['stop', 'terminate', 'cancel', 'abort', 'runaway', 'hung', 'sigterm', 'pkill', 'killall'],
  },
  // nvidia-smi's empty process table.
  {
    written: ['does not list', 'stays empty', 'lists no processes'],
    typed: ['no', 'empty', 'missing', 'nothing', 'blank', 'shows', 'invisible'],
  },
  // Docker being unavailable until the admin grants nesting.
  {
    written: ['off by default', 'not allowed by default', 'not run inside your container by default'],
    typed: ['disabled', 'blocked', 'wont', 'start', 'working', 'unavailable'],
  },
  // A binary that the shell cannot find, or a package to install.
  {
    written: ['on your path', 'install fuse-overlayfs'],
    typed: ['command not found', 'not found', 'missing'],
  },
] as const satisfies readonly SearchSynonym[]

/**
 * Checks the synonyms: every concept needs written phrases and typed words that contain a word, and typed words go
 * into the index's HTML, so they must be plain text. Throws one error naming `fileName` and the line in `source` of
 * each problem.
 */
export function validateSearchSynonyms(
  synonyms: readonly SearchSynonym[],
  fileName: string,
  source: string,
): readonly SearchSynonym[] {
  const problems: string[] = []
  const report = (needle: string, message: string) => {
    const line = needle === '' ? undefined : lineWhere(source, (text) => text.includes(`'${needle}'`))
    problems.push(`${fileName}:${line ?? 1}: ${message}`)
  }
  synonyms.forEach((synonym, index) => {
    const concept = synonym.written[0] ?? synonym.typed[0] ?? ''
    const name = concept ? `synonym "${concept}"` : `synonym #${index + 1}`
    if (!synonym.written.length) report(concept, `${name} has no written phrases`)
    if (!synonym.typed.length) report(concept, `${name} has no typed words`)
    for (const phrase of [...synonym.written, ...synonym.typed]) {
      if (!/[\p{L}\p{N}]/u.test(phrase)) report(phrase || concept, `${name}: "${phrase}" has no word in it`)
    }
    for (const word of synonym.typed) {
      if (/[<>&"]/.test(word)) report(word, `${name}: typed word "${word}" must be plain text, without < > & or "`)
    }
  })
  if (problems.length) throw new Error(problems.join('\n'))
  return synonyms
}
