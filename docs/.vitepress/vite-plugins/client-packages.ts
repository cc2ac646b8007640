/**
 * Keeps `npm audit --omit=dev` (npm run audit) honest about what readers download: every npm package whose code ends
 * up in the pages' client bundle must be in the production dependency tree (package.json `dependencies`), which that
 * audit checks. A package bundled for the browser that package-lock.json marks as dev-only stops the build, named
 * with the line of package.json to change.
 */
import { readFileSync } from 'node:fs'
import { join, sep } from 'node:path'
import type { Plugin } from 'vite'
import { lineWhere } from '../helpers/source-lines'

/**
 * Where a bundled module's package sits, as package-lock.json keys it: `node_modules/vue`,
 * `node_modules/a/node_modules/@scope/b`. From the first `node_modules` of the module's real path, so that a scratch
 * copy of the project whose node_modules is a symlink (scripts/lib/scratch-project.ts) gives the same keys.
 */
export function packageFolderOf(moduleId: string): string | undefined {
  const path = moduleId.split('?')[0]!.split(sep).join('/')
  const match = /\/((?:node_modules\/(?:@[^/]+\/)?[^/]+\/)+)/.exec(path)
  return match ? match[1]!.slice(0, -1) : undefined
}

/** The package's name from its folder: the last `node_modules/` entry. */
export function packageNameOf(folder: string): string {
  return folder.slice(folder.lastIndexOf('node_modules/') + 'node_modules/'.length)
}

interface LockFile {
  packages: Record<string, { version?: string; dev?: boolean } | undefined>
}

/**
 * The problems of a client bundle made of `folders` (package folders, as package-lock.json keys them): each that the
 * lock file lacks or marks as dev-only, with the package.json line that declares it, when package.json does.
 */
export function clientPackageProblems(
  folders: Iterable<string>,
  lock: LockFile,
  packageJson: string,
  packageJsonName = 'package.json',
): string[] {
  return [...new Set(folders)].sort().flatMap((folder) => {
    const entry = lock.packages[folder]
    const name = packageNameOf(folder)
    if (!entry)
      return [`package-lock.json: ${folder} is bundled into the pages' client code but is not in the lock file`]
    if (!entry.dev) return []
    const line = lineWhere(packageJson, (text) => text.includes(`"${name}":`))
    return [
      `${packageJsonName}:${line ?? 1}: ${name} ${entry.version ?? ''} is bundled into the pages' client code but ` +
        'is only a development dependency, so `npm run audit` (npm audit --omit=dev) does not check it: ' +
        (line ? 'move it to "dependencies"' : 'add the package that brings it to "dependencies"'),
    ]
  })
}

/** The Vite plugin: after the client bundle is generated, checks every package it contains. */
export function clientPackagesPlugin(root: string): Plugin {
  let serverBuild = false
  return {
    name: 'roselab:client-packages',
    apply: 'build',
    configResolved(config) {
      serverBuild = Boolean(config.build.ssr)
    },
    generateBundle(_options, bundle) {
      if (serverBuild) return
      const folders = new Set<string>()
      for (const output of Object.values(bundle)) {
        if (output.type !== 'chunk') continue
        for (const [id, module] of Object.entries(output.modules)) {
          const folder = module.renderedLength > 0 && !id.startsWith('\0') ? packageFolderOf(id) : undefined
          if (folder) folders.add(folder)
        }
      }
      const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as LockFile
      const problems = clientPackageProblems(folders, lock, readFileSync(join(root, 'package.json'), 'utf8'))
      if (problems.length) this.error(problems.join('\n'))
    },
  }
}
