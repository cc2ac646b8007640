/**
 * Synthetic limitation pages for the benchmark's scale runs: each reads like a real topic (frontmatter, a lead,
 * sections with explicit ids, a callout, a GitHub alert, the quota table, code) and every tenth has a diagram. The
 * words are drawn deterministically per page, so the search index holds text of realistic variety.
 */

const vocabulary = (
  'container host kernel memory quota process gpu driver cuda docker overlay fuse network port firewall jupyter ' +
  'service socket namespace cgroup limit usage grafana dashboard alert batch gradient tensor dataset loader python ' +
  'package module library version upgrade install storage volume mount device passthrough nested privilege admin ' +
  'request forward proxy address source rule policy server cluster nautilus node job queue schedule checkpoint ' +
  'restart signal kill timeout swap cache buffer page thread worker pool pipeline stream archive backup snapshot ' +
  'image layer registry build compose runtime toolkit monitor metric panel query export import config daemon log'
).split(' ')

/** A small deterministic random source (mulberry32), so a page's words are the same on every run. */
function randomSource(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let mixed = state
    mixed = Math.imul(mixed ^ (mixed >>> 15), mixed | 1)
    mixed ^= mixed + Math.imul(mixed ^ (mixed >>> 7), mixed | 61)
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296
  }
}

/** File name (without `.md`) of synthetic page `index` (1-based): `synthetic-0007`. */
export function syntheticPageName(index: number): string {
  return `synthetic-${String(index).padStart(4, '0')}`
}

/** Whether synthetic page `index` carries a diagram: every tenth page. */
export function hasSyntheticDiagram(index: number): boolean {
  return index % 10 === 0
}

/** The Markdown of synthetic limitation page `index` (1-based), in the site's authoring format. */
export function syntheticPage(index: number): string {
  const random = randomSource(index)
  const word = () => vocabulary[Math.floor(random() * vocabulary.length)] ?? 'container'
  const words = (count: number) => Array.from({ length: count }, word).join(' ')
  const sentence = () => {
    const text = words(8 + Math.floor(random() * 10))
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`
  }
  const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 3) }, sentence).join(' ')
  const topic = `${word()} ${word()}`
  const title = `Topic ${index}: ${topic.charAt(0).toUpperCase()}${topic.slice(1)}`
  const diagram = hasSyntheticDiagram(index)
    ? [
        '```mermaid',
        'flowchart LR',
        `  accTitle: What happens to the ${topic} of a container`,
        `  accDescr: ${sentence()} ${sentence()}`,
        `  start["${words(2)}"] --> check{"${words(2)}?"}`,
        `  check -- "No" --> fine["${words(3)}"]`,
        `  check -- "Yes" --> stop["${words(3)}"]`,
        '```',
        '',
      ]
    : []

  return [
    '---',
    `description: ${sentence()} ${sentence()}`,
    'verified: 2026-11-29',
    `order: ${100 + index}`,
    'sources:',
    `  - https://example.org/synthetic/${syntheticPageName(index)}`,
    '---',
    '',
    `# ${title} {#topic-${index}}`,
    '',
    `## What you see {#symptom}`,
    '',
    paragraph(),
    '',
    '```console',
    `ubuntu@account$ ${word()} --${word()} ${word()}`,
    `error: ${words(6)} (code ${index})`,
    '```',
    '',
    `## Why it happens {#why}`,
    '',
    paragraph(),
    '',
    ...diagram,
    paragraph(),
    '',
    `::: warning ${words(3)}`,
    paragraph(),
    ':::',
    '',
    `## Memory quota by server {#quota}`,
    '',
    '<ServerQuotaTable />',
    '',
    `## What to do {#what-to-do}`,
    '',
    paragraph(),
    '',
    '```python',
    `def ${word()}_${word()}(${word()}):`,
    `    return ${word()}.${word()}(${index})`,
    '```',
    '',
    '> [!TIP]',
    `> ${sentence()}`,
    '',
    paragraph(),
    '',
  ].join('\n')
}
