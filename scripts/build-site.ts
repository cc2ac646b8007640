/**
 * Builds the site into a chosen folder with private cache and temp folders, so that builds running side by side
 * (tests, checks, several people on one machine) never collide.
 *
 * Usage: tsx scripts/build-site.ts --out-dir <dir> [--src <docs dir>]
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { build } from 'vitepress'

const repositoryRoot = fileURLToPath(new URL('..', import.meta.url))

const { values } = parseArgs({
  options: {
    src: { type: 'string', default: 'docs' },
    'out-dir': { type: 'string' },
  },
})

const outDir = values['out-dir']
if (!outDir) {
  console.error('usage: tsx scripts/build-site.ts --out-dir <dir> [--src <docs dir>]')
  process.exit(2)
}

// VitePress writes its server bundle to <src>/.vitepress/.temp and deletes it afterwards, whoever else is
// building; a private folder inside the repository (so the bundle still resolves node_modules) avoids that.
const scratchParent = join(repositoryRoot, '.tmp')
await mkdir(scratchParent, { recursive: true })
const scratch = await mkdtemp(join(scratchParent, 'build-'))
try {
  await build(resolve(values.src), {
    outDir: resolve(outDir),
    onAfterConfigResolve(siteConfig) {
      siteConfig.tempDir = join(scratch, 'temp')
      siteConfig.cacheDir = join(scratch, 'cache')
    },
  })
} finally {
  await rm(scratch, { recursive: true, force: true })
}
