/** Build-time check of the server data: reads servers.ts so errors point at the line of the bad row. */
import { readFileSync } from 'node:fs'
import { relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import { servers, validateServers, type Server } from './servers'

const serversPath = fileURLToPath(new URL('./servers.ts', import.meta.url))

/** Validates the servers of servers.ts; throws (failing the build) with file, line, server and field. */
export function checkServers(): Server[] {
  return validateServers(servers, relative(process.cwd(), serversPath), readFileSync(serversPath, 'utf8'))
}
