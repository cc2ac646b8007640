/**
 * The links that the lab's admins paste into onboarding and help emails: a contract. `npm run check` fails when one
 * of them no longer leads to a page and a section of the site. Add a link here before you send it.
 */
import { servers } from './servers'

export const emailLinks: { url: string; usedFor: string }[] = [
  { url: '/', usedFor: 'Welcome email: the site' },
  { url: '/guide/', usedFor: 'Welcome email: start here' },
  { url: '/guide/#welcome-email', usedFor: 'Welcome email: what its two tables mean' },
  { url: '/guide/#ports', usedFor: 'Welcome email: your ports' },
  { url: '/guide/#ssh-login', usedFor: 'Welcome email: log in with SSH' },
  { url: '/guide/#vscode-remote-ssh', usedFor: 'Welcome email: VS Code Remote-SSH' },
  { url: '/guide/#host-key-changed', usedFor: 'SSH help: the host key changed' },
  { url: '/guide/#check-gpus', usedFor: 'Welcome email: check the GPUs' },
  { url: '/guide/#services', usedFor: 'Welcome email: the web services' },
  { url: '/guide/#support', usedFor: 'Every email: whom to contact' },
  { url: '/guide/cluster', usedFor: 'Welcome email: the container utility' },
  { url: '/guide/cluster#accessing-the-utility', usedFor: 'Utility help: how to run it' },
  { url: '/guide/cluster#copy-container', usedFor: 'Quota and server requests: copy to another server' },
  { url: '/guide/cluster#troubleshooting-stuck-containers', usedFor: 'Help: a stuck container' },
  { url: '/guide/data-management', usedFor: 'Welcome email: what goes on /data' },
  { url: '/guide/jupyter', usedFor: 'Jupyter set-up' },
  { url: '/guide/jupyter#change-password', usedFor: 'Jupyter set-up: the password' },
  { url: '/guide/rdp', usedFor: 'Remote desktop set-up' },
  { url: '/guide/security', usedFor: 'Welcome email: replace your passwords and key' },
  { url: '/guide/troubleshooting', usedFor: 'Help: common problems' },
  { url: '/status/', usedFor: 'Outage and maintenance emails' },
  { url: '/limitations/', usedFor: 'Welcome email: read this before you start' },
  { url: '/limitations/gpu-passthrough', usedFor: 'Welcome email: why nvidia-smi shows no processes' },
  { url: '/limitations/gpu-passthrough#monitor-gpu-process', usedFor: 'GPU help: watch your jobs on Grafana' },
  { url: '/limitations/gpu-passthrough#kill-gpu-process', usedFor: 'GPU help: stop a runaway job' },
  { url: '/limitations/gpu-passthrough#gpu-not-working', usedFor: 'GPU help: driver mismatch or no GPU found' },
  { url: '/limitations/nested-containers', usedFor: 'Docker requests: why Docker is off by default' },
  { url: '/limitations/firewall', usedFor: 'Jupyter set-up: services on localhost are still public' },
  { url: '/limitations/firewall#restrict-access', usedFor: 'Jupyter set-up: ask the admin for a host firewall rule' },
  { url: '/limitations/memory-limits', usedFor: 'Welcome email: the hard memory quota' },
  { url: '/limitations/memory-limits#memory-enforcement-policy', usedFor: 'After an OOM kill: why it stopped' },
  { url: '/limitations/memory-limits#memory-quota-by-server', usedFor: 'Welcome email: the quota of every server' },
  // One per server, from the data: a new server has its welcome link with no edit here.
  ...servers.map((server) => ({
    url: `/limitations/memory-limits?server=${server.name}#memory-quota-by-server`,
    usedFor: `Welcome email, ${server.name} members`,
  })),
  { url: '/limitations/memory-limits#after-a-kill', usedFor: 'After an OOM kill: start the container again' },
  { url: '/limitations/memory-limits#reducing-memory-usage', usedFor: 'After an OOM kill: use less memory' },
  { url: '/guide/docker', usedFor: 'Privilege granted: run Docker with fuse-overlayfs' },
  { url: '/guide/docker#apparmor-permission-denied', usedFor: 'Docker help: the AppArmor error and its fix' },
  { url: '/contributing', usedFor: 'Invitation to write a page' },
]
