/**
 * Loaded with `node --import` into a process whose cost is wanted: on exit, writes its peak memory (maximum resident
 * set size, in kilobytes) and CPU time (user plus system, in microseconds) as JSON to the file BENCH_USAGE_FILE names.
 */
import { writeFileSync } from 'node:fs'

const reportFile = process.env.BENCH_USAGE_FILE
if (reportFile) {
  process.on('exit', () => {
    const { maxRSS, userCPUTime, systemCPUTime } = process.resourceUsage()
    writeFileSync(reportFile, JSON.stringify({ maxRssKB: maxRSS, cpuMicroseconds: userCPUTime + systemCPUTime }))
  })
}
