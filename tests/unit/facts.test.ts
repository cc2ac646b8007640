import { describe, expect, it } from 'vitest'
import { facts, serverRange } from '../../docs/.vitepress/data/facts'
import { contacts } from '../../docs/.vitepress/data/lab'
import { checkServers } from '../../docs/.vitepress/data/servers'
import { render, renderError } from './render'

const servers = checkServers()

describe('facts', () => {
  it.each([
    [['roselab1', 'roselab2', 'roselab3'], 'roselab1 to roselab3'],
    [['roselab1', 'roselab2'], 'roselab1 and roselab2'],
    [['roselab1', 'roselab2', 'roselab3', 'roselab5', 'rosebig'], 'roselab1 to roselab3, roselab5 and rosebig'],
    [['roselab5'], 'roselab5'],
  ])('names the servers %j as "%s"', (names, phrase) => {
    expect(serverRange(names)).toBe(phrase)
  })

  it('writes the servers of the data into a sentence, and the admin as a mail link', async () => {
    const { html } = await render('Your container runs on {% serverRange %}. Write to {% admin %}.')
    expect(html).toContain(`runs on ${serverRange(servers.map((server) => server.name))}.`)
    expect(html).toMatch(new RegExp(`${contacts.admin.name} \\(<a href="mailto:${contacts.admin.email}"[^>]*>`))
  })

  it('makes a fact alone on its line into a table with a row per server', async () => {
    const { html } = await render('Before.\n\n{% quotaTable %}\n\nAfter.\n')
    const rows = [...html.matchAll(/<tr>\s*<td>([^<]*)<\/td>/g)].map(([, name]) => name)
    expect(rows).toEqual(servers.map((server) => server.name))
    expect(html).toMatch(/<p>Before.<\/p>\n<table tabindex="0">[\s\S]*<\/table>\n<p>After.<\/p>/)
  })

  it('fills in facts in the frontmatter as plain text', async () => {
    const { env } = await render('---\ndescription: Runs on {% serverRange %}, ask {% admin %}.\n---\n\n# Title\n')
    expect(env.frontmatter?.description).toBe(
      `Runs on ${facts.serverRange}, ask ${contacts.admin.name} (${contacts.admin.email}).`,
    )
  })

  it('leaves facts in code as written', async () => {
    const { html } = await render('Write `{% serverRange %}`.\n\n```md\n{% quotaTable %}\n```\n')
    expect(html).toContain('<code>{% serverRange %}</code>')
    expect(html).toContain('{% quotaTable %}')
  })

  it.each([
    [
      'an unknown fact',
      'Line one\nruns on {% serverRnage %}.',
      'example.md:6: unknown fact "{% serverRnage %}" (known: serverRange,',
    ],
    [
      'a table in a sentence',
      'See {% quotaTable %} here.',
      'example.md:5: "{% quotaTable %}" is a table: put it on a line of its own',
    ],
    ['an unknown fact in the frontmatter', '', 'example.md:2: unknown fact "{% nope %}"'],
  ])('names the file and line of %s', async (_case, body, message) => {
    const frontmatter = body
      ? '---\ntitle: T\n---\n\n'
      : '---\ndescription: About {% nope %} here, long enough.\n---\n\n'
    expect(await renderError(frontmatter + body)).toContain(message)
  })
})
