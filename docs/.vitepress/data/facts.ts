/**
 * What a page writes as `{% name %}` instead of by hand: sentences and tables made from the typed data, so that a new
 * server or a new admin changes one data file and every page follows. Each fact is Markdown; a fact that is a whole
 * table is used on a line of its own.
 */
import { accounts, contacts, forwardedPorts, services } from './lab'
import { checkServers, sharedServers, storageServers, type Server } from './servers'

const rows = checkServers()

/** "roselab1 to roselab7": consecutive numbers collapse, anything else is listed. */
export function serverRange(names: readonly string[]): string {
  const runs: string[][] = []
  for (const name of names) {
    const run = runs.at(-1)
    if (run && isNext(run.at(-1)!, name)) run.push(name)
    else runs.push([name])
  }
  const items = runs.flatMap((run) => (run.length > 2 ? [`${run[0]} to ${run.at(-1)}`] : run))
  return items.length > 1 ? `${items.slice(0, -1).join(', ')} and ${items.at(-1)}` : (items[0] ?? '')
}

function isNext(previous: string, name: string): boolean {
  const [a, b] = [previous, name].map((text) => /^(.*?)(\d+)$/.exec(text))
  return Boolean(a && b && a[1] === b[1] && Number(b[2]) === Number(a[2]) + 1)
}

/** RAM for people: 512 → "512 GB", 1024 → "1 TB". */
export function formatRam(gb: number): string {
  return gb >= 1024 ? `${gb / 1024} TB` : `${gb} GB`
}

function table(header: readonly string[], body: readonly (readonly (string | number)[])[]): string {
  const line = (cells: readonly (string | number)[]) =>
    `| ${cells.map((cell) => String(cell).replace(/\|/g, '\\|')).join(' | ')} |`
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n')
}

export function factsFor(servers: readonly Server[]) {
  const largest = Math.max(...servers.map((server) => server.quotaMultiplier))
  const largestServers = servers.filter((server) => server.quotaMultiplier === largest).map((server) => server.name)
  const { admin, rose, slack } = contacts
  return {
    serverRange: serverRange(servers.map((server) => server.name)),
    serverCount: String(servers.length),
    largestQuotaServers: serverRange(largestServers),
    largestQuota: `${largest}× standard`,
    admin: `${admin.name} ([${admin.email}](mailto:${admin.email}))`,
    slack: `the **${slack.channel}** channel of the [lab's Slack](${slack.workspace})`,
    sshPort: '`<id>00`',
    quotaTable: table(
      ['Server', 'RAM', 'Memory quota per container'],
      servers.map((server) => [
        server.name,
        formatRam(server.ramGB),
        `${server.quotaMultiplier}× standard${server.quotaMultiplier === largest ? ' (**the largest**)' : ''}`,
      ]),
    ),
    hardwareTable: table(
      ['Server', 'Chassis', 'CPUs', 'RAM', 'Home SSD', 'GPUs'],
      servers.map((s) => [s.name, s.chassis, s.cpus, formatRam(s.ramGB), `${s.homeSsdTB} TB`, s.gpus]),
    ),
    storageTable: table(
      ['Storage server', 'Housed in', 'Drives'],
      storageServers.map((server) => [server.name, server.hostedOn, server.hardware]),
    ),
    sharedServerTable: table(
      ['Server', 'Chassis', 'CPUs', 'RAM', 'Drives', 'GPUs'],
      sharedServers.map((s) => [s.name, s.chassis, s.cpus, formatRam(s.ramGB), s.disks, s.gpus]),
    ),
    portTable: table(
      ['Container port', 'Service', 'Host port'],
      forwardedPorts.map((entry) => [entry.port, entry.service, `\`<id>${entry.suffix}\``]),
    ),
    accountTable: table(
      ['Account', 'Login', 'Password or key'],
      accounts.map((account) => [account.service, account.login, account.secret]),
    ),
    passwordTable: table(
      ['Account', 'How to change its password'],
      accounts.map((account) => [account.service, account.change]),
    ),
    serviceTable: table(
      ['Service', 'What for'],
      services.map((service) => [`[${service.name}](${service.url})`, service.use]),
    ),
    contactTable: table(
      ['Who', 'For what', 'Where'],
      [
        [
          'The admin',
          'Questions and help: your container, accounts, quotas, firewall rules',
          `${admin.name}, [${admin.email}](mailto:${admin.email})`,
        ],
        ['Rose', 'Approving more resources, such as a larger memory quota', `[Rose Lab](${rose.site})`],
        [
          `The ${slack.channel} channel`,
          'Announcements: maintenance, outages, driver updates, storage',
          `[Lab Slack](${slack.workspace})`,
        ],
      ],
    ),
  }
}

export type Facts = ReturnType<typeof factsFor>

export const facts: Facts = factsFor(rows)

/** How a page writes a fact: `{% name %}`, spaces inside the braces optional (an empty name is an unknown fact). */
export const factPattern = /\{%\s*([\w-]*)\s*%\}/g

/** What is wrong with writing `{% name %}` inside a sentence, or undefined when it names a sentence fact. */
export function factProblem(name: string): string | undefined {
  if (!Object.hasOwn(facts, name)) return `unknown fact "{% ${name} %}" (known: ${Object.keys(facts).join(', ')})`
  if (facts[name as keyof Facts].includes('\n')) return `"{% ${name} %}" is a table: put it on a line of its own`
  return undefined
}

/** `text` with each `{% name %}` replaced by its fact as plain text, for frontmatter; unknown names stay as written. */
export function factsAsText(text: string): string {
  return text.replace(factPattern, (written, name: string) =>
    Object.hasOwn(facts, name)
      ? facts[name as keyof Facts].replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/[*`]/g, '')
      : written,
  )
}
