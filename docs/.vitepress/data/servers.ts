/**
 * The lab's machines, the one source of the hardware lists, the quota table and every sentence that names the
 * servers (facts.ts). Hardware and quotas from the lab guide's index.md and limit.md at ba581df (2026-04-29); the CSE
 * shared servers from shared/index.md at 7611a82 (2025-10-25).
 */
import { z } from 'zod'
import { dataFileError } from './data-errors'

/** A RoseLab GPU server, where members' containers run. RAM in binary units: 1 TB = 1024 GB. */
export interface Server {
  name: string
  chassis: string
  cpus: string
  ramGB: number
  homeSsdTB: number
  gpus: string
  /** Memory quota of each container, as a multiple of the standard quota. */
  quotaMultiplier: number
}

export const servers = [
  {
    name: 'roselab1',
    chassis: 'Gigabyte G292-Z40',
    cpus: '2× AMD EPYC 7453',
    ramGB: 512,
    homeSsdTB: 8,
    gpus: '2× NVIDIA A100 80GB PCIe, 2× NVIDIA A100 40GB PCIe',
    quotaMultiplier: 1,
  },
  {
    name: 'roselab2',
    chassis: 'Asus ESC8000A',
    cpus: '2× AMD EPYC 7282',
    ramGB: 512,
    homeSsdTB: 8,
    gpus: '8× NVIDIA GeForce RTX 4090',
    quotaMultiplier: 1,
  },
  {
    name: 'roselab3',
    chassis: 'Asus ESC8000A',
    cpus: '2× AMD EPYC 7282',
    ramGB: 512,
    homeSsdTB: 8,
    gpus: '8× NVIDIA GeForce RTX 4090',
    quotaMultiplier: 1,
  },
  {
    name: 'roselab4',
    chassis: 'Gigabyte G482-Z54',
    cpus: '2× AMD EPYC 7313',
    ramGB: 1024,
    homeSsdTB: 16,
    gpus: '8× NVIDIA L40S',
    quotaMultiplier: 2,
  },
  {
    name: 'roselab5',
    chassis: 'Asus ESC N8-E11V',
    cpus: '2× Intel Xeon Platinum 8558',
    ramGB: 2048,
    homeSsdTB: 16,
    gpus: '8× NVIDIA H200',
    quotaMultiplier: 4,
  },
  {
    name: 'roselab6',
    chassis: 'Asus ESC8000A-E13P',
    cpus: '2× AMD EPYC 9365',
    ramGB: 384,
    homeSsdTB: 16,
    gpus: '8× NVIDIA RTX PRO 6000 Blackwell 96GB',
    quotaMultiplier: 1,
  },
  // The contributing page shows this row as the example of a server (#region).
  // #region new-server
  {
    name: 'roselab7',
    chassis: 'Asus ESC8000A-E13P',
    cpus: '2× AMD EPYC 9365',
    ramGB: 384,
    homeSsdTB: 16,
    gpus: '8× NVIDIA RTX PRO 6000 Blackwell 96GB',
    quotaMultiplier: 1,
  },
  // #endregion new-server
] satisfies Server[]

/** The storage servers behind `/data` and `/public`, each housed in a GPU server. */
export const storageServers = [
  {
    name: 'rosedata',
    hostedOn: 'roselab1',
    hardware: '2× Supermicro SC826 12-bay JBOD (24× 20 TB HDD), 3× 4 TB NVMe cache',
  },
  { name: 'rosefastdata', hostedOn: 'roselab5', hardware: '3× 28 TB KIOXIA NVMe' },
]

/** The CSE shared servers, which the lab's admins also run: containers, but fixed to their server. */
export const sharedServers = [
  { name: 'north', chassis: 'Supermicro SYS-4029GP-TRT', cpus: '2× Intel Xeon Gold 6230' },
  { name: 'south', chassis: 'Supermicro SYS-4029GP-TRT', cpus: '2× Intel Xeon Gold 6230' },
  { name: 'east', chassis: 'Supermicro SYS-4029GP-TRT', cpus: '2× Intel Xeon Gold 6246R' },
  { name: 'west', chassis: 'Supermicro SYS-4029GP-TRT', cpus: '2× Intel Xeon Gold 6246R' },
].map((server) => ({
  ...server,
  ramGB: 384,
  disks: '6 TB data SSD, 4 TB home SSD',
  gpus: '8× NVIDIA GeForce RTX 2080 Ti',
}))

const hostName = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be a lowercase host name such as "roselab8"')
const serverSchema = z.strictObject({
  name: hostName,
  chassis: z.string().min(1),
  cpus: z.string().min(1),
  ramGB: z.number().positive(),
  homeSsdTB: z.number().positive(),
  gpus: z.string().min(1),
  quotaMultiplier: z.number().positive(),
})

/** The servers, checked: a duplicate name, a number that is not positive or an unknown field names the line. */
export function checkServers(rows: readonly unknown[] = servers, file = 'docs/.vitepress/data/servers.ts'): Server[] {
  const seen = new Set<string>()
  rows.forEach((row, index) => {
    const name = (row as { name?: unknown }).name
    const where = typeof name === 'string' ? `name: '${name}'` : undefined
    const result = serverSchema.safeParse(row)
    if (!result.success) {
      const issue = result.error.issues[0]!
      const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : '')
      throw dataFileError(
        file,
        where,
        `server ${where ? `"${name}"` : `#${index + 1}`}: field "${field}": ${issue.message}`,
      )
    }
    if (seen.has(result.data.name)) throw dataFileError(file, where, `server "${name}" is listed twice`)
    seen.add(result.data.name)
  })
  return rows as Server[]
}
