/**
 * Where the system tools that `npm test` uses besides Chromium (scripts/lib/chromium.ts) are found: nginx with the
 * files of its own installation, Java for the HTML validator, and the font the diagrams are measured with. Each can
 * be pointed at with an environment variable on a machine laid out differently; nothing here installs anything
 * (that is `npm run setup`).
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, dirname, isAbsolute, join } from 'node:path'

/** Answers whether a file exists; injected by the unit tests. */
export type FileProbe = (path: string) => boolean

/**
 * The first `name` in the PATH's folders, then in `extraFolders`. Debian keeps nginx in /usr/sbin, which is not on a
 * normal user's PATH, so the sbin folders are looked in after it.
 */
export function findOnPath(
  name: string,
  env: NodeJS.ProcessEnv = process.env,
  isFile: FileProbe = existsSync,
  extraFolders: readonly string[] = [],
): string | undefined {
  const folders = [...(env.PATH ?? '').split(delimiter).filter(Boolean), ...extraFolders]
  return folders.map((folder) => join(folder, name)).find(isFile)
}

const sbinFolders = ['/usr/local/sbin', '/usr/sbin', '/sbin']

/** nginx: `NGINX_PATH`, else `nginx` on the PATH or in an sbin folder. */
export function nginxBinary(env: NodeJS.ProcessEnv = process.env, isFile: FileProbe = existsSync): string | undefined {
  if (env.NGINX_PATH) return env.NGINX_PATH
  return findOnPath('nginx', env, isFile, sbinFolders)
}

/** The files an nginx installation brings that the test configuration needs, from what its binary reports. */
export interface NginxLayout {
  /** `mime.types`, next to the installation's own nginx.conf. */
  mimeTypes: string
  /** Where the brotli filter module is, or would be (`NGINX_BROTLI_MODULE` overrides it). */
  brotliModule: string
}

/**
 * The layout of the nginx whose `nginx -V` output is `versionOutput`: its configuration folder (`--conf-path`) and
 * its modules folder (`--modules-path`), each defaulting, as nginx's own build does, to a folder of `--prefix`.
 */
export function nginxLayout(versionOutput: string, env: NodeJS.ProcessEnv = process.env): NginxLayout {
  const option = (name: string): string | undefined => new RegExp(`--${name}=(\\S+)`).exec(versionOutput)?.[1]
  const prefix = option('prefix') ?? '/usr/local/nginx'
  const underPrefix = (path: string): string => (isAbsolute(path) ? path : join(prefix, path))
  const configFile = underPrefix(option('conf-path') ?? 'conf/nginx.conf')
  const modulesFolder = underPrefix(option('modules-path') ?? 'modules')
  return {
    mimeTypes: join(dirname(configFile), 'mime.types'),
    brotliModule: env.NGINX_BROTLI_MODULE ?? join(modulesFolder, 'ngx_http_brotli_filter_module.so'),
  }
}

/** The layout of the nginx at `binary`, asked with `nginx -V` (which prints to stderr). */
export function readNginxLayout(binary: string, env: NodeJS.ProcessEnv = process.env): NginxLayout {
  const result = spawnSync(binary, ['-V'], { encoding: 'utf8' })
  if (result.error || result.status !== 0) {
    throw new Error(`cannot run ${binary} -V: ${result.error?.message ?? result.stderr.trim()}`)
  }
  return nginxLayout(result.stdout + result.stderr, env)
}

/** Java for the Nu Html Checker: `$JAVA_HOME/bin/java`, else `java` on the PATH. */
export function javaBinary(env: NodeJS.ProcessEnv = process.env, isFile: FileProbe = existsSync): string | undefined {
  if (env.JAVA_HOME) {
    const fromHome = join(env.JAVA_HOME, 'bin', 'java')
    if (isFile(fromHome)) return fromHome
  }
  return findOnPath('java', env, isFile)
}

/** The family the diagrams are measured and drawn with (docs/.vitepress/diagrams/config.ts). */
export const diagramFontFamily = 'DejaVu Sans'

/** Where Debian, Fedora and Homebrew put DejaVu Sans, for a machine without fontconfig's `fc-list`. */
const dejaVuSansFiles = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/dejavu-sans-fonts/DejaVuSans.ttf',
  '/Library/Fonts/DejaVuSans.ttf',
  join(process.env.HOME ?? '/', 'Library', 'Fonts', 'DejaVuSans.ttf'),
]

/**
 * Whether fontconfig, which Chromium asks for fonts, knows `family`. Chromium needs only fontconfig's library, so
 * without its `fc-list` tool the diagrams' font is looked for where the packages above install it.
 */
export function hasFontFamily(family: string = diagramFontFamily): boolean {
  const listed = spawnSync('fc-list', [':', 'family'], { encoding: 'utf8' })
  if (listed.error) return family === diagramFontFamily && dejaVuSansFiles.some((file) => existsSync(file))
  return listed.stdout.split('\n').some((line) => line.split(',').some((name) => name.trim() === family))
}
