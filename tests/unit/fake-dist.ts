/** A tiny built site in a temporary folder, for checks that read a build. */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export interface FakeDist {
  dir: string
  remove(): Promise<void>
}

/** Writes `files` (path in the build → HTML body) as pages into a fresh temporary folder. */
export async function fakeDist(files: Record<string, string>): Promise<FakeDist> {
  const dir = await mkdtemp(join(tmpdir(), 'links-dist-'))
  for (const [path, body] of Object.entries(files)) {
    const file = join(dir, path)
    await mkdir(dirname(file), { recursive: true })
    await writeFile(
      file,
      path.endsWith('.html') ? `<!DOCTYPE html><html><head><title>t</title></head><body>${body}</body></html>` : body,
    )
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}
