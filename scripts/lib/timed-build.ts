/** Builds a docs folder in a child process, as `npm run build:site` does, and measures its wall time and peak memory. */
import { spawn } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { repositoryRoot } from './toolchain'

export interface BuildMeasurement {
  /** Wall time. */
  seconds: number
  /** CPU time (user and system) of the build's Node process: less swayed than wall time by other work on the machine. */
  cpuSeconds: number
  /** Maximum resident set size of the build's Node process. */
  peakMemoryMB: number
}

interface ResourceUsage {
  maxRssKB: number
  cpuMicroseconds: number
}

/**
 * Builds `srcDir` into `outDir` with scripts/build-site.ts; rejects with the build's output when it fails. The
 * build's helper processes (esbuild, git) are not counted in its CPU time and memory.
 */
export async function timedBuild(srcDir: string, outDir: string): Promise<BuildMeasurement> {
  const reportDir = await mkdtemp(join(tmpdir(), 'bench-usage-'))
  const reportFile = join(reportDir, 'usage.json')
  const args = [
    '--import',
    'tsx',
    '--import',
    join(repositoryRoot, 'scripts', 'lib', 'resource-usage-reporter.ts'),
    join(repositoryRoot, 'scripts', 'build-site.ts'),
    '--src',
    srcDir,
    '--out-dir',
    outDir,
  ]
  try {
    const started = performance.now()
    const child = spawn(process.execPath, args, {
      cwd: repositoryRoot,
      env: { ...process.env, BENCH_USAGE_FILE: reportFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    const output: string[] = []
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()))
    const code = await new Promise<number | null>((resolveExit, reject) => {
      child.on('error', reject)
      child.on('close', resolveExit)
    })
    const seconds = (performance.now() - started) / 1000
    if (code !== 0) throw new Error(`building ${srcDir} failed (exit ${code}):\n${output.join('')}`)
    const usage = JSON.parse(await readFile(reportFile, 'utf8')) as ResourceUsage
    return { seconds, cpuSeconds: usage.cpuMicroseconds / 1e6, peakMemoryMB: usage.maxRssKB / 1024 }
  } finally {
    await rm(reportDir, { recursive: true, force: true })
  }
}
