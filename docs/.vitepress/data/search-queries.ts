/**
 * What lab members type into the search box, each with the section that should come first. `npm run search:eval`
 * measures the site's search against this list; written before the search was tuned, and kept as written.
 */

/** A section as a link names it: the page's path without the base, `#`, the heading id. */
export type SectionLink = `/${string}#${string}`

export interface SearchQuery {
  /** The query as a lab member types it: symptoms, commands, error text, server names, typos included. */
  query: string
  /** The section that answers it best. */
  expected: SectionLink
  /** Why that section, where it is not obvious. */
  note?: string
}

export const searchQueries = [
  // GPU passthrough
  { query: 'nvidia-smi no process list', expected: '/limitations/gpu-passthrough#symptom' },
  { query: 'nvidia-smi shows no processes', expected: '/limitations/gpu-passthrough#symptom' },
  { query: 'nvidia-smi doesnt show my job', expected: '/limitations/gpu-passthrough#symptom' },
  { query: 'nvidia-smi no proccesses', expected: '/limitations/gpu-passthrough#symptom', note: 'misspelled' },
  { query: 'why cant i see my gpu processes', expected: '/limitations/gpu-passthrough#why-no-processes' },
  {
    query: 'consumer gpu three containers limit',
    expected: '/limitations/gpu-passthrough#why-no-processes',
    note: 'the Trivia callout',
  },
  { query: 'stop my python job', expected: '/limitations/gpu-passthrough#kill-gpu-process' },
  { query: 'stop a runaway job', expected: '/limitations/gpu-passthrough#kill-gpu-process' },
  { query: 'kill -9 pid', expected: '/limitations/gpu-passthrough#kill-gpu-process' },
  { query: 'kill gpu process', expected: '/limitations/gpu-passthrough#kill-gpu-process' },
  {
    query: 'pid in grafana different from ps',
    expected: '/limitations/gpu-passthrough#kill-gpu-process',
    note: 'the "Find the PID first" callout',
  },
  {
    query: 'jupyter restarted after kill',
    expected: '/limitations/gpu-passthrough#kill-gpu-process',
    note: 'the callout: killing every python process restarts Jupyter Lab',
  },
  { query: 'grafana gpu', expected: '/limitations/gpu-passthrough#monitor-gpu-process' },
  { query: 'grafna gpu usage', expected: '/limitations/gpu-passthrough#monitor-gpu-process', note: 'misspelled' },
  { query: 'which process is using the gpu', expected: '/limitations/gpu-passthrough#monitor-gpu-process' },
  { query: 'see gpu processes from 4 hours ago', expected: '/limitations/gpu-passthrough#monitor-gpu-process' },

  // Nested containers and Docker
  {
    query: 'docker wont start',
    expected: '/limitations/nested-containers#why-off-by-default',
    note: 'most members who try have no nesting privilege yet; the guide links on from there',
  },
  { query: 'privileged container', expected: '/limitations/nested-containers#why-off-by-default' },
  { query: 'is docker allowed', expected: '/limitations/nested-containers#lab-policy' },
  { query: 'build docker image for paper', expected: '/limitations/nested-containers#lab-policy' },
  { query: 'nautilus cluster', expected: '/limitations/nested-containers#lab-policy' },
  { query: 'how to run docker inside lxc', expected: '/guide/docker#docker-in-lxc' },
  { query: 'overlay2 error', expected: '/guide/docker#why-overlay2-fails' },
  { query: 'docker falls back to vfs', expected: '/guide/docker#why-overlay2-fails' },
  { query: 'install docker ubuntu', expected: '/guide/docker#install-docker' },
  {
    query: 'fuse-overlayfs not found',
    expected: '/guide/docker#install-fuse-overlayfs',
    note: 'the binary is missing: install the package',
  },
  { query: '/dev/fuse missing', expected: '/guide/docker#fuse-device-missing' },
  { query: 'using prior storage driver', expected: '/guide/docker#prior-storage-driver' },
  { query: 'storage-driver daemon.json', expected: '/guide/docker#daemon-json' },
  { query: 'mkdir /var/lib/docker/fuse-overlayfs', expected: '/guide/docker#new-installation' },
  { query: 'switch existing docker to fuse-overlayfs', expected: '/guide/docker#existing-installation' },
  { query: 'docker info Storage Driver', expected: '/guide/docker#restart-and-verify' },
  { query: 'failed to register layer', expected: '/guide/docker#failed-to-register-layer' },
  { query: 'daemon.json syntax error', expected: '/guide/docker#daemon-json-invalid' },
  { query: 'several valid graphdrivers', expected: '/guide/docker#several-graphdrivers' },
  { query: 'permision denied docker.sock', expected: '/guide/docker#socket-permission-denied', note: 'misspelled' },
  {
    query: 'Could not check if docker-default AppArmor profile was loaded',
    expected: '/guide/docker#apparmor-permission-denied',
  },
  { query: 'container=lxc systemd override', expected: '/guide/docker#apparmor-permission-denied' },
  { query: 'apparmor unconfined', expected: '/guide/docker#apparmor-permission-denied' },
  { query: 'nvidia container toolkit', expected: '/guide/docker#gpu-in-docker' },
  { query: 'dokcer compose', expected: '/guide/docker#docker-compose', note: 'misspelled' },
  { query: 'docker-compose command', expected: '/guide/docker#docker-compose' },
  { query: 'rootless docker', expected: '/guide/docker#rootless-mode' },
  { query: 'docker without sudo', expected: '/guide/docker#rootless-mode' },
  { query: 'dockerd --debug', expected: '/guide/docker#still-stuck' },

  // GPUs that fail
  {
    query: 'Failed to initialize NVML driver/library version mismatch',
    expected: '/limitations/gpu-passthrough#driver-version-mismatch',
  },
  { query: 'nvidia-upgrade.sh', expected: '/limitations/gpu-passthrough#driver-version-mismatch' },
  { query: 'nvidia-smi No devices were found', expected: '/limitations/gpu-passthrough#no-devices-found' },
  { query: 'torch cuda is_available false', expected: '/limitations/gpu-passthrough#no-devices-found' },
  { query: 'fabric manager', expected: '/limitations/gpu-passthrough#no-devices-found' },

  // Firewall
  { query: 'jupyter open to the world', expected: '/limitations/firewall#localhost-still-reachable' },
  { query: 'jupiter localhost', expected: '/limitations/firewall#localhost-still-reachable', note: 'misspelled' },
  { query: 'who can see my jupyter notebook', expected: '/limitations/firewall#localhost-still-reachable' },
  { query: 'firewalld', expected: '/limitations/firewall#container-firewall' },
  { query: 'ufw', expected: '/limitations/firewall#container-firewall' },
  { query: 'iptables in my container', expected: '/limitations/firewall#container-firewall' },
  { query: 'proxy protocol source ip', expected: '/limitations/firewall#container-firewall' },
  { query: 'port forwarding', expected: '/limitations/firewall#port-forwarding' },
  { query: 'port 18888', expected: '/limitations/firewall#port-forwarding' },
  { query: 'add a port mapping', expected: '/limitations/firewall#port-forwarding' },
  { query: 'restrict jupyter to my ip', expected: '/limitations/firewall#restrict-access' },
  { query: 'ip whitelist', expected: '/limitations/firewall#restrict-access' },

  // Memory limits
  { query: 'how much ram on roselab2', expected: '/limitations/memory-limits#memory-quota-by-server' },
  { query: 'how much RAM does roselab3 give me', expected: '/limitations/memory-limits#memory-quota-by-server' },
  { query: 'roselab5 memory', expected: '/limitations/memory-limits#memory-quota-by-server' },
  { query: 'roselab7 ram', expected: '/limitations/memory-limits#memory-quota-by-server' },
  { query: 'memroy limit roselab4', expected: '/limitations/memory-limits#memory-quota-by-server', note: 'misspelled' },
  { query: '2 TB', expected: '/limitations/memory-limits#memory-quota-by-server', note: 'a cell of the quota table' },
  {
    query: 'move container to roselab5',
    expected: '/limitations/memory-limits#memory-quota-by-server',
    note: 'the "Moving to higher-memory servers" callout',
  },
  { query: 'need more memory', expected: '/limitations/memory-limits#memory-quota-by-server' },
  { query: 'OOM', expected: '/limitations/memory-limits#memory-enforcement-policy' },
  { query: 'SIGKILL', expected: '/limitations/memory-limits#memory-enforcement-policy' },
  { query: 'container killed', expected: '/limitations/memory-limits#memory-enforcement-policy' },
  { query: 'my container got killed out of memory', expected: '/limitations/memory-limits#memory-enforcement-policy' },
  { query: 'grace period soft limit', expected: '/limitations/memory-limits#memory-enforcement-policy' },
  { query: 'how much memory do I have', expected: '/limitations/memory-limits#see-your-quota' },
  { query: 'MemTotal /proc/meminfo', expected: '/limitations/memory-limits#see-your-quota' },
  { query: 'restart my container after it was killed', expected: '/limitations/memory-limits#after-a-kill' },
  { query: 'container stuck unresponsive', expected: '/limitations/memory-limits#after-a-kill' },
  { query: 'copy container to another server', expected: '/limitations/memory-limits#move-to-another-server' },
  { query: 'memory usage grafana', expected: '/limitations/memory-limits#monitoring-memory-usage' },
  { query: 'memory alert', expected: '/limitations/memory-limits#monitoring-memory-usage' },
  { query: 'memory_profiler', expected: '/limitations/memory-limits#reducing-memory-usage' },
  { query: 'batch size', expected: '/limitations/memory-limits#reducing-memory-usage' },
  { query: 'torch.cuda.empty_cache', expected: '/limitations/memory-limits#reducing-memory-usage' },
  { query: 'gradient accumulation', expected: '/limitations/memory-limits#reducing-memory-usage' },

  // Contributing
  { query: 'add a new limitation page', expected: '/contributing#add-a-limitation' },
  { query: 'verified date frontmatter', expected: '/contributing#frontmatter' },
  { query: 'sources frontmatter', expected: '/contributing#frontmatter' },
  { query: 'how to check a fact', expected: '/contributing#check-a-fact' },
  { query: 'rename a heading without breaking links', expected: '/contributing#keep-old-links' },
  { query: 'callout syntax', expected: '/contributing#callouts' },
  { query: 'add a server to the quota table', expected: '/contributing#server-data' },
  { query: 'mermaid diagram', expected: '/contributing#diagrams' },
  { query: 'image width height', expected: '/contributing#images' },
  { query: 'npm test', expected: '/contributing#check-and-preview' },
] as const satisfies readonly SearchQuery[]
