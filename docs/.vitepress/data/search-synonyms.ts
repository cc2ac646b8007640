/**
 * The words lab members type for what the docs say in other words ("firewalld", "OOM", "SIGKILL"). They are added to
 * the search index only, after each section whose prose says one of the `written` phrases (search.ts); pages and
 * result excerpts never show them. Add a concept when a search for it lands in the wrong place, and add the query to
 * search-queries.ts.
 */

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
