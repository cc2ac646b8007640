import { describe, expect, it } from 'vitest'
import { estimateDiagramSize } from '../../../docs/.vitepress/markdown/mermaid-size'

const contentWidth = 688
/** Height of a drawing scaled down to fit the width of the page's text column, as the reserved box shows it. */
const shownHeight = ({ width, height }: { width: number; height: number }) => height * Math.min(1, contentWidth / width)

// Natural sizes (SVG viewBox) of these diagrams as mermaid 11.17.2 drew them in Chromium with the site's settings.
const measured: [string, string[], { width: number; height: number }][] = [
  ['a short left-to-right chain', ['flowchart LR', 'A --> B --> C'], { width: 329, height: 70 }],
  [
    'a long left-to-right chain, scaled down to the column',
    [
      'flowchart LR',
      'A[Write code on your laptop] --> B[Push to GitHub] --> C[Pull inside the container] --> D[Run training on the GPUs] --> E[Copy results back] --> F[Write the paper]',
    ],
    { width: 1505, height: 70 },
  ],
  [
    'a top-down stack with wrapped labels',
    [
      'flowchart TB',
      'HW[GPU hardware] --> K[Host Linux kernel and NVIDIA driver]',
      'K --> L[LXC container with /dev/nvidia* passed through]',
      'L --> D[Docker inside the container]',
      'D --> P[Your training process]',
    ],
    { width: 276, height: 534 },
  ],
  [
    'a decision with labelled edges',
    [
      'flowchart TD',
      'A[Need Docker?] -->|yes| B{Nested containers enabled?}',
      'B -->|yes| C[Use rootless Docker]',
      'B -->|no| D[Ask the admin]',
      'A -->|no| E[Use conda]',
    ],
    { width: 548, height: 525 },
  ],
  [
    'a fan-out with &',
    [
      'flowchart TD',
      'H[Host] --> A[alice] & B[bob] & C[carol] & D[dave] & E[erin]',
      'A & B & C & D & E --> G[(Shared GPUs)]',
    ],
    { width: 672, height: 299 },
  ],
  [
    'a subgraph',
    [
      'flowchart LR',
      'subgraph host[roselab1 host]',
      'GPU0[GPU 0]',
      'GPU1[GPU 1]',
      'end',
      'GPU0 --> C1[Container alice]',
      'GPU0 --> C2[Container bob]',
      'GPU1 --> C1',
      'GPU1 --> C2',
    ],
    { width: 391, height: 253 },
  ],
  [
    'a two-message sequence',
    ['sequenceDiagram', 'Alice->>Bob: Hi', 'Bob-->>Alice: Hello'],
    { width: 450, height: 259 },
  ],
  [
    'a sequence with long participant names and a note',
    [
      'sequenceDiagram',
      'participant Browser as Browser anywhere',
      'participant Host as Host roselab1.ucsd.edu port 18888',
      'participant Jupyter as Jupyter in your container, localhost port 8888',
      "Browser->>Host: Request from the outsider's own IP address",
      'Host->>Jupyter: Forwarded request, source is now the host',
      'Note over Jupyter: Looks local, so it is accepted',
      'Jupyter-->>Host: Page',
      'Host-->>Browser: Page',
    ],
    { width: 1017, height: 402 },
  ],
]

describe('estimateDiagramSize', () => {
  it.each(measured)('estimates %s within 15%% of the height mermaid draws at the column width', (_, lines, actual) => {
    const source = [
      lines[0],
      '  accTitle: Title',
      '  accDescr: Description.',
      ...lines.slice(1).map((line) => `  ${line}`),
    ].join('\n')
    const estimate = estimateDiagramSize(source)
    expect(shownHeight(estimate) / shownHeight(actual)).toBeGreaterThan(0.85)
    expect(shownHeight(estimate) / shownHeight(actual)).toBeLessThan(1.15)
  })

  it('ignores comments, directives and the text alternative', () => {
    const plain = estimateDiagramSize('flowchart TD\n  A --> B\n')
    const annotated = estimateDiagramSize(
      "%%{init: {'theme': 'forest'}}%%\nflowchart TD\n  %% a comment\n  accTitle: T\n  accDescr {\n    Long\n    text\n  }\n  A --> B\n",
    )
    expect(annotated).toEqual(plain)
  })

  it('grows with the number of ranks and of messages', () => {
    expect(estimateDiagramSize('flowchart TD\n A --> B --> C').height).toBeGreaterThan(
      estimateDiagramSize('flowchart TD\n A --> B').height,
    )
    expect(estimateDiagramSize('flowchart LR\n A --> B --> C').width).toBeGreaterThan(
      estimateDiagramSize('flowchart LR\n A --> B').width,
    )
    expect(estimateDiagramSize('sequenceDiagram\n A->>B: x\n B->>A: y').height).toBeGreaterThan(
      estimateDiagramSize('sequenceDiagram\n A->>B: x').height,
    )
  })

  it('terminates on cycles and gives other diagram types a size from their length', () => {
    expect(estimateDiagramSize('flowchart TD\n A --> B --> A').height).toBeGreaterThan(0)
    expect(estimateDiagramSize('stateDiagram-v2\n  [*] --> A\n  A --> [*]')).toEqual({ width: 600, height: 200 })
  })
})
