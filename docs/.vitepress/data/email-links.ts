/**
 * The links that the lab's admins paste into onboarding emails: a contract. `npm run check:email-links` fails if
 * any of them stops leading to an existing page and section of the built site. Add a link here before you send it.
 */

import { servers } from './servers'

/** A site path, with an optional query and `#section`, as it appears after the site's address in an email. */
export interface EmailLink {
  url: string
  /** Which email uses it, and for what. */
  usedFor: string
}

export const emailLinks = [
  { url: '/', usedFor: 'Welcome email: the site itself' },
  { url: '/limitations/', usedFor: 'Welcome email: read this before you start' },
  { url: '/limitations/gpu-passthrough', usedFor: 'Welcome email: why nvidia-smi shows no processes' },
  { url: '/limitations/gpu-passthrough#monitor-gpu-process', usedFor: 'GPU help: watch your jobs on Grafana' },
  { url: '/limitations/gpu-passthrough#kill-gpu-process', usedFor: 'GPU help: stop a runaway job' },
  { url: '/limitations/gpu-passthrough#gpu-not-working', usedFor: 'GPU help: driver mismatch or no GPU found' },
  { url: '/limitations/nested-containers', usedFor: 'Docker requests: why Docker is off by default' },
  { url: '/limitations/firewall', usedFor: 'Jupyter setup: services on localhost are still public' },
  { url: '/limitations/firewall#restrict-access', usedFor: 'Jupyter setup: ask the admin for a host firewall rule' },
  { url: '/limitations/memory-limits', usedFor: 'Welcome email: the hard memory quota' },
  {
    url: '/limitations/memory-limits#memory-enforcement-policy',
    usedFor: 'After an OOM kill: why the container stopped',
  },
  { url: '/limitations/memory-limits#monitoring-memory-usage', usedFor: 'After an OOM kill: watch memory on Grafana' },
  { url: '/limitations/memory-limits#memory-quota-by-server', usedFor: 'Welcome email: the quota of every server' },
  // One per server, from the server data: a new server gets its welcome link with no edit here.
  ...servers.map((server) => ({
    url: `/limitations/memory-limits?server=${server.name}#memory-quota-by-server`,
    usedFor: `Welcome email, ${server.name} members`,
  })),
  { url: '/limitations/memory-limits#see-your-quota', usedFor: 'Welcome email: see your own quota' },
  { url: '/limitations/memory-limits#after-a-kill', usedFor: 'After an OOM kill: start the container again' },
  { url: '/limitations/memory-limits#move-to-another-server', usedFor: 'Quota requests: move to a larger server' },
  { url: '/limitations/memory-limits#reducing-memory-usage', usedFor: 'After an OOM kill: use less memory' },
  { url: '/guide/docker', usedFor: 'Privilege granted: run Docker with fuse-overlayfs' },
  { url: '/guide/docker#troubleshooting', usedFor: 'Docker help: the usual failures' },
  { url: '/guide/docker#apparmor-permission-denied', usedFor: 'Docker help: the AppArmor error and its fix' },
  { url: '/contributing', usedFor: 'Invitation to document a new limitation' },
] satisfies readonly EmailLink[]
