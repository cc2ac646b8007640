/**
 * Estimates the natural size of a mermaid drawing from its source, without laying it out, so the page can
 * reserve the drawing's space before mermaid runs in the browser. The constants approximate mermaid 11's
 * default layout (16px labels wrapped at 200px, 50px node spacing), measured on the kinds of diagrams these
 * docs use; an estimate that is off only leaves some margin, because the drawing is scaled to fit the box.
 */

/** Natural width and height of a drawing, in CSS pixels. */
export interface DiagramSize {
  width: number
  height: number
}

interface Node {
  width: number
  height: number
}

const charWidth = 7.5
const lineHeight = 24
const wrapWidth = 200
const nodePadding = 30
const nodeGap = 50
const diagramPadding = 16
const linkPattern = /\s*(?:<?-->|<?==>|<?-\.+->|---|===|-\.+-|--[ox]|==[ox])\s*(?:\|[^|]*\|)?\s*/
const labelledLinkPattern = /(--|==|-\.)\s+[^-=.>][^>]*?\s+(-->|==>|\.->|---)/g
const ignoredFlowchartLine = /^(?:subgraph|end|direction|classDef|class|style|linkStyle|click)\b/

/** The natural size of the drawing `source` describes. */
export function estimateDiagramSize(source: string): DiagramSize {
  const size = layoutSize(statementLines(source))
  return { width: Math.ceil(size.width), height: Math.ceil(size.height) }
}

function layoutSize([header = '', ...body]: string[]): DiagramSize {
  const kind = header.split(/\s+/)[0]
  if (kind === 'flowchart' || kind === 'graph') return flowchartSize(header, body)
  if (kind === 'sequenceDiagram') return sequenceSize(body)
  if (kind === 'pie') return { width: 600, height: 450 }
  return { width: 600, height: 40 + 80 * body.length }
}

function flowchartSize(header: string, body: string[]): DiagramSize {
  const horizontal = /\b(LR|RL)\b/.test(header)
  const nodes = new Map<string, Node>()
  const edges: [string, string][] = []
  let hasEdgeLabels = false
  for (const line of body) {
    if (ignoredFlowchartLine.test(line)) continue
    hasEdgeLabels ||= /\|[^|]*\||--\s+\S|==\s+\S/.test(line)
    for (const statement of line.split(';')) {
      const groups = statement
        .replace(labelledLinkPattern, ' $2 ')
        .split(linkPattern)
        .map((group) =>
          group
            .split('&')
            .map((node) => readNode(node, nodes))
            .filter(Boolean),
        )
      groups.slice(1).forEach((targets, index) => {
        for (const from of groups[index] ?? []) for (const to of targets) edges.push([from, to])
      })
    }
  }
  const ranks = rankNodes(nodes, edges)
  const rankGap = horizontal ? 100 + (hasEdgeLabels ? 40 : 0) : nodeGap + (hasEdgeLabels ? lineHeight : 0)
  const subgraphs = body.filter((line) => /^subgraph\b/.test(line)).length
  const alongRanks = (node: Node) => (horizontal ? node.width : node.height)
  const acrossRanks = (node: Node) => (horizontal ? node.height : node.width)
  const depth = sum(ranks.map((rank) => Math.max(...rank.map(alongRanks)))) + rankGap * (ranks.length - 1)
  const breadth = Math.max(...ranks.map((rank) => sum(rank.map(acrossRanks)) + nodeGap * (rank.length - 1)))
  const frame = diagramPadding + 60 * Math.min(subgraphs, 3)
  return horizontal
    ? { width: depth + frame, height: breadth + frame }
    : { width: breadth + frame, height: depth + frame }
}

/** Reads a node reference such as `B{Is it on?}` or `db[(Data)]`, records its size, and returns its id. */
function readNode(text: string, nodes: Map<string, Node>): string {
  const match = /^\s*([^\s[({>]+)\s*(.*?)\s*$/.exec(text)
  if (!match?.[1]) return ''
  const [, id, shape = ''] = match
  const label = shape.replace(/^[[({>/\\]+|[\])}/\\]+$/g, '').replace(/^"|"$/g, '') || (nodes.has(id) ? '' : id)
  if (label) {
    const textWidth = Math.min(label.length * charWidth, wrapWidth)
    const textHeight = Math.ceil((label.length * charWidth) / wrapWidth) * lineHeight
    const size = shape.startsWith('{')
      ? { width: textWidth + textHeight + nodePadding, height: textWidth + textHeight + nodePadding }
      : { width: textWidth + nodePadding, height: textHeight + nodePadding }
    const known = nodes.get(id)
    nodes.set(
      id,
      known ? { width: Math.max(known.width, size.width), height: Math.max(known.height, size.height) } : size,
    )
  }
  return id
}

/** Groups nodes by their longest distance from a root, the way a layered layout ranks them. */
function rankNodes(nodes: Map<string, Node>, edges: [string, string][]): Node[][] {
  if (nodes.size === 0) return [[{ width: 0, height: 0 }]]
  const rank = new Map([...nodes.keys()].map((id) => [id, 0]))
  // Relaxing once per node settles every acyclic path; a cycle stops growing at that bound instead of looping.
  for (let pass = 0; pass < nodes.size; pass++) {
    let changed = false
    for (const [from, to] of edges) {
      const candidate = (rank.get(from) ?? 0) + 1
      if (candidate > (rank.get(to) ?? 0) && candidate < nodes.size) {
        rank.set(to, candidate)
        changed = true
      }
    }
    if (!changed) break
  }
  const ranks: Node[][] = []
  for (const [id, node] of nodes) (ranks[rank.get(id) ?? 0] ??= []).push(node)
  return ranks.filter(Boolean)
}

function sequenceSize(body: string[]): DiagramSize {
  const actors = new Map<string, number>()
  let messages = 0
  let longestMessage = 0
  for (const line of body) {
    const declared = /^(?:participant|actor)\s+(\S+)(?:\s+as\s+(.+))?$/.exec(line)
    if (declared?.[1]) actors.set(declared[1], (declared[2] ?? declared[1]).length)
    const message = /^([^-+\s]+)\s*[-=]+[>x)]+[+-]?\s*([^:\s]+)\s*:\s*(.*)$/.exec(line)
    if (message?.[1] && message[2]) {
      for (const actor of [message[1], message[2]]) if (!actors.has(actor)) actors.set(actor, actor.length)
      longestMessage = Math.max(longestMessage, (message[3] ?? '').length)
    }
    if (message || /^note\s/i.test(line)) messages++
    if (/^(?:loop|alt|opt|par|critical|break|rect)\b/.test(line)) messages++
  }
  const actorWidths = [...actors.values()].map((length) => Math.max(150, length * 7 + nodePadding))
  const gap = Math.max(nodeGap, longestMessage * 7 - 150)
  return { width: sum(actorWidths) + gap * Math.max(actorWidths.length - 1, 0) + 20, height: 160 + 48 * messages }
}

/** Non-empty lines without comments or the frontmatter and directives that configure the diagram. */
function statementLines(source: string): string[] {
  return source
    .replace(/^\s*---\n[\s\S]*?\n---\s*\n/, '')
    .replace(/%%\{[\s\S]*?\}%%/g, '')
    .replace(/accDescr\s*\{[^}]*\}/g, '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('%%') && !/^acc(?:Title|Descr)\b/.test(line))
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0)
}
