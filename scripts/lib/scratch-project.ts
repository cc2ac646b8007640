/** A throwaway copy of the project for runs that change pages (e2e tests, the benchmark's synthetic sites). */
import { cp, mkdir, mkdtemp, readdir, rm, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { repositoryRoot } from './toolchain'

export interface ScratchProject {
  root: string
  /** The scratch copy of docs/: edit it freely. */
  docs: string
  remove(): Promise<void>
}

/**
 * A throwaway copy of the project under .tmp/ for runs that change pages: docs/ is copied (without build output),
 * every other top-level entry is a symlink to the real one, so the config's imports and node_modules resolve as usual
 * and the real docs/ is never written to.
 */
export async function scratchProject(): Promise<ScratchProject> {
  await mkdir(join(repositoryRoot, '.tmp'), { recursive: true })
  const root = await mkdtemp(join(repositoryRoot, '.tmp', 'project-'))
  const docs = join(root, 'docs')
  for (const entry of await readdir(repositoryRoot)) {
    if (entry === '.git' || entry === '.tmp') continue
    if (entry === 'docs') {
      await cp(join(repositoryRoot, 'docs'), docs, {
        recursive: true,
        filter: (source) => !/[/\\]\.vitepress[/\\](dist|cache|\.temp)([/\\]|$)/.test(source),
      })
    } else {
      await symlink(join(repositoryRoot, entry), join(root, entry))
    }
  }
  return { root, docs, remove: () => rm(root, { recursive: true, force: true }) }
}
