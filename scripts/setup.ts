/**
 * `npm run setup`: the one step that installs system packages. Looks for everything `npm test` needs besides npm's
 * packages; when something is missing and the machine has apt and root (or passwordless sudo), installs it from
 * Debian's packages, and otherwise says what to install on Debian/Ubuntu, Fedora and macOS and which environment
 * variables point at tools already installed elsewhere. Prints what it found either way.
 *
 * Usage: tsx scripts/setup.ts [--dry-run]   (--dry-run: report and plan only, install nothing)
 */
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { chromiumPath, debianHeadlessShell } from './lib/chromium'
import {
  diagramFontFamily,
  findOnPath,
  hasFontFamily,
  javaBinary,
  nginxBinary,
  readNginxLayout,
  type FileProbe,
} from './lib/system-tools'

/** One tool `npm test` needs, where it was found (undefined: missing), and how to get it on each system. */
export interface Requirement {
  name: string
  /** Which checks use it. */
  usedBy: string
  found: string | undefined
  debian: string
  fedora: string
  macos: string
  /** The environment variable that points at an installed copy, with an example value. */
  variable?: string
}

/** The state of the machine that decides what is missing; a seam for the unit tests. */
export interface Machine {
  env: NodeJS.ProcessEnv
  isFile: FileProbe
  hasFont: (family: string) => boolean
  /** The brotli module path of the nginx at `binary`. */
  brotliModuleOf: (binary: string) => string
}

/** Everything `npm test` needs from the system, each with where it was found on `machine`. */
export function requirements(machine: Machine): Requirement[] {
  const { env, isFile } = machine
  const browser = chromiumPath(env)
  // With CHROME_PATH alone, the e2e tests use the browser it names; otherwise they want a headless shell.
  const headless = env.CHROME_HEADLESS_SHELL ?? (env.CHROME_PATH ? undefined : debianHeadlessShell)
  const nginx = nginxBinary(env, isFile)
  const brotli = nginx && isFile(nginx) ? machine.brotliModuleOf(nginx) : undefined
  const java = javaBinary(env, isFile)
  const found = (path: string | undefined) => (path && isFile(path) ? path : undefined)
  const list: Requirement[] = [
    {
      name: 'Chromium',
      usedBy: 'Lighthouse and the benchmark',
      found: found(browser),
      debian: 'chromium',
      fedora: 'chromium',
      macos: 'brew install --cask google-chrome',
      variable: 'CHROME_PATH=/path/to/chrome',
    },
  ]
  if (headless) {
    list.push({
      name: 'Chromium headless shell',
      usedBy: 'the end-to-end tests and drawing diagrams',
      found: found(headless),
      debian: 'chromium-headless-shell',
      fedora: 'chromium-headless',
      macos: '(not needed: set CHROME_PATH)',
      variable: 'CHROME_HEADLESS_SHELL=/path/to/headless_shell',
    })
  }
  list.push(
    {
      name: `the ${diagramFontFamily} font`,
      usedBy: 'drawing diagrams (their text is measured with it)',
      found: machine.hasFont(diagramFontFamily) ? diagramFontFamily : undefined,
      debian: 'fonts-dejavu-core',
      fedora: 'dejavu-sans-fonts',
      macos: 'brew install --cask font-dejavu',
    },
    {
      name: 'nginx',
      usedBy: 'the deployment test (tests/e2e/nginx.test.ts)',
      found: found(nginx),
      debian: 'nginx',
      fedora: 'nginx',
      macos: 'brew install nginx',
      variable: 'NGINX_PATH=/path/to/nginx',
    },
    {
      name: "nginx's brotli filter module",
      usedBy: 'the deployment test of brotli compression',
      found: found(brotli),
      debian: 'libnginx-mod-http-brotli-filter',
      fedora: "(not packaged: build ngx_brotli's filter module for your nginx)",
      macos: "(not packaged: build ngx_brotli's filter module for your nginx)",
      variable: 'NGINX_BROTLI_MODULE=/path/to/ngx_http_brotli_filter_module.so',
    },
    {
      name: 'Java 11 or newer',
      usedBy: 'the HTML validator (the Nu Html Checker)',
      found: found(java),
      debian: 'default-jre-headless',
      fedora: 'java-21-openjdk-headless',
      macos: 'brew install openjdk',
      variable: 'JAVA_HOME=/path/to/jdk',
    },
  )
  return list
}

/** What to tell someone who must install `missing` by hand. */
export function installInstructions(missing: readonly Requirement[]): string {
  const packages = (pick: (requirement: Requirement) => string) =>
    missing
      .map(pick)
      .filter((entry) => !entry.startsWith('('))
      .join(' ')
  const notes = (pick: (requirement: Requirement) => string) =>
    missing
      .filter((requirement) => pick(requirement).startsWith('('))
      .map((requirement) => `; ${requirement.name} ${pick(requirement)}`)
      .join('')
  const brew = missing
    .map((requirement) => requirement.macos)
    .filter((entry) => !entry.startsWith('('))
    .join(' && ')
  const variables = missing.flatMap((requirement) => (requirement.variable ? [requirement.variable] : []))
  return [
    'setup: npm test needs what is missing here:',
    ...missing.map((requirement) => `  - ${requirement.name}, for ${requirement.usedBy}`),
    'Install it:',
    `  Debian/Ubuntu: sudo apt-get install -y ${packages((requirement) => requirement.debian)}` +
      (missing.some((requirement) => requirement.debian === 'chromium')
        ? " (Ubuntu's chromium package is a snap: install Google Chrome instead and set CHROME_PATH)"
        : ''),
    `  Fedora:        sudo dnf install -y ${packages((requirement) => requirement.fedora)}${notes((requirement) => requirement.fedora)}`,
    `  macOS:         ${brew || '(nothing from Homebrew)'}${notes((requirement) => requirement.macos)}`,
    ...(variables.length
      ? ['Or point at a copy that is already installed elsewhere:', ...variables.map((variable) => `  ${variable}`)]
      : []),
    'then run npm run setup again.',
  ].join('\n')
}

/**
 * How to run apt-get as root here, with no questions asked: directly, or through passwordless sudo (which drops the
 * environment, hence `env`); undefined when neither is possible.
 */
function rootCommandPrefix(): string[] | undefined {
  const quiet = ['env', 'DEBIAN_FRONTEND=noninteractive']
  if (process.getuid?.() === 0) return quiet
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' })
  return sudo.status === 0 ? ['sudo', '-n', ...quiet] : undefined
}

function run(command: string[]): void {
  const [program, ...args] = command
  const result = spawnSync(program!, args, { stdio: 'inherit' })
  if (result.status !== 0) throw new Error(`setup: ${command.join(' ')} failed with exit code ${result.status}`)
}

function currentMachine(): Machine {
  return {
    env: process.env,
    isFile: existsSync,
    hasFont: hasFontFamily,
    brotliModuleOf: (binary) => readNginxLayout(binary).brotliModule,
  }
}

function report(list: readonly Requirement[]): void {
  for (const requirement of list) {
    console.log(
      `  ${requirement.found ? 'found  ' : 'MISSING'} ${requirement.name}${requirement.found ? `: ${requirement.found}` : ''}`,
    )
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { 'dry-run': { type: 'boolean', default: false } } })
  let missing = requirements(currentMachine()).filter((requirement) => !requirement.found)
  if (missing.length === 0) {
    console.log('setup: everything npm test needs is installed')
    report(requirements(currentMachine()))
    return
  }
  const asRoot = rootCommandPrefix()
  const aptGet = findOnPath('apt-get')
  if (values['dry-run'] || !aptGet || !asRoot) {
    console.error(installInstructions(missing))
    process.exitCode = 1
    return
  }
  const packages = missing.map((requirement) => requirement.debian)
  console.log(`setup: installing ${packages.join(' ')} from Debian's packages`)
  run([...asRoot, 'apt-get', 'update', '-qq'])
  run([...asRoot, 'apt-get', 'install', '-y', '-qq', ...packages])
  const after = requirements(currentMachine())
  report(after)
  missing = after.filter((requirement) => !requirement.found)
  if (missing.length) {
    console.error(installInstructions(missing))
    process.exitCode = 1
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
