import { describe, expect, it } from 'vitest'
import { calloutKinds } from '../../docs/.vitepress/theme/callout-kinds'
import { render, renderError } from './render'

describe('callouts', () => {
  it.each(calloutKinds)('renders "::: %s Title" as the Callout component with its Markdown title', async (kind) => {
    const { html } = await render(`::: ${kind} Run \`nvidia-smi\`\nBody **text**.\n:::\n`)
    expect(html).toContain(`<Callout type="${kind}"><template #title>Run <code>nvidia-smi</code></template>`)
    expect(html).toContain('<p>Body <strong>text</strong>.</p>\n</Callout>')
  })

  it('renders a callout without a title, and one with a code block inside', async () => {
    const { html } = await render('::: warning\nList first:\n\n```bash\nps aux\n```\n\n:::\n')
    expect(html).toMatch(/^<Callout type="warning">\n<p>List first:<\/p>\n<div class="language-bash/)
    expect(html.trimEnd()).toMatch(/<\/div><\/Callout>$/)
  })

  it.each([
    ['> [!WARNING]\n> Killed at once.', '<Callout type="warning">\n<p>Killed at once.</p>'],
    ['> [!TIP] Faster checks\n> Run one.', '<Callout type="tip"><template #title>Faster checks</template>'],
  ])('renders the GitHub alert %j as the component', async (source, expected) => {
    expect((await render(source)).html).toContain(expected)
  })

  it("keeps VitePress's other containers", async () => {
    const { html } = await render('::: details Show the output\nhidden\n:::\n\n::: v-pre\n{{ x }}\n:::\n')
    expect(html).toContain('<details class="details custom-block"><summary>Show the output</summary>')
    expect(html).toContain('<div v-pre>')
  })

  it('nests a callout in a list item', async () => {
    const { html } = await render('1. Step\n\n   ::: tip\n   Indented.\n   :::\n')
    expect(html).toContain('<Callout type="tip">\n<p>Indented.</p>\n</Callout>')
  })

  it.each([
    [
      'a misspelled kind',
      'text\n\n:::tipp Title\nbody\n:::\n',
      'example.md:7: unknown callout kind "tipp" (known: tip,',
    ],
    ['a callout never closed', 'text\n\n::: danger\nbody\n', 'example.md:7: callout "danger" is never closed'],
    ['a stray closing line', 'text\n\nbody\n:::\n', 'example.md:8: this ":::" closes no callout'],
  ])('names the file and line of %s, counting the frontmatter', async (_case, body, message) => {
    expect(await renderError(`---\ntitle: A page\n---\n\n${body}`)).toContain(message)
  })
})
