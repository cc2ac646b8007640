/**
 * What lab members type into the search box, each with the section that should answer it: `npm run search:eval`
 * fails when a query's section leaves the first three results. Reviewable data, one query a line: the query as a
 * member types it (symptoms, commands, error text, typos included), then the page's path and the section's id.
 */

export type SearchQuery = readonly [query: string, expected: `/${string}#${string}`]

export const searchQueries: readonly SearchQuery[] = [
  // GPU passthrough
  ['nvidia-smi no process list', '/limitations/gpu-passthrough#symptom'],
  ['nvidia-smi shows no processes', '/limitations/gpu-passthrough#symptom'],
  ['nvidia-smi doesnt show my job', '/limitations/gpu-passthrough#symptom'],
  ['nvidia-smi no proccesses', '/limitations/gpu-passthrough#symptom'], // misspelled
  ['why cant i see my gpu processes', '/limitations/gpu-passthrough#why-no-processes'],
  ['consumer gpu three containers limit', '/limitations/gpu-passthrough#why-no-processes'], // the Trivia callout
  ['stop my python job', '/limitations/gpu-passthrough#kill-gpu-process'],
  ['stop a runaway job', '/limitations/gpu-passthrough#kill-gpu-process'],
  ['kill -9 pid', '/limitations/gpu-passthrough#kill-gpu-process'],
  ['kill gpu process', '/limitations/gpu-passthrough#kill-gpu-process'],
  ['pid in grafana different from ps', '/limitations/gpu-passthrough#kill-gpu-process'], // the "Find the PID first" callout
  ['jupyter restarted after kill', '/limitations/gpu-passthrough#kill-gpu-process'], // the callout: killing every python process restarts Jupyter Lab
  ['grafana gpu', '/limitations/gpu-passthrough#monitor-gpu-process'],
  ['grafna gpu usage', '/limitations/gpu-passthrough#monitor-gpu-process'], // misspelled
  ['which process is using the gpu', '/limitations/gpu-passthrough#monitor-gpu-process'],
  ['see gpu processes from 4 hours ago', '/limitations/gpu-passthrough#monitor-gpu-process'],
  // Nested containers and Docker
  ['docker wont start', '/limitations/nested-containers#why-off-by-default'], // most members who try have no nesting privilege yet; the guide links on from there
  ['privileged container', '/limitations/nested-containers#why-off-by-default'],
  ['is docker allowed', '/limitations/nested-containers#lab-policy'],
  ['build docker image for paper', '/limitations/nested-containers#lab-policy'],
  ['nautilus cluster', '/limitations/nested-containers#lab-policy'],
  ['how to run docker inside lxc', '/guide/docker#docker-in-lxc'],
  ['overlay2 error', '/guide/docker#why-overlay2-fails'],
  ['docker falls back to vfs', '/guide/docker#why-overlay2-fails'],
  ['install docker ubuntu', '/guide/docker#install-docker'],
  ['fuse-overlayfs not found', '/guide/docker#install-fuse-overlayfs'], // the binary is missing: install the package
  ['/dev/fuse missing', '/guide/docker#fuse-device-missing'],
  ['using prior storage driver', '/guide/docker#prior-storage-driver'],
  ['storage-driver daemon.json', '/guide/docker#daemon-json'],
  ['mkdir /var/lib/docker/fuse-overlayfs', '/guide/docker#new-installation'],
  ['switch existing docker to fuse-overlayfs', '/guide/docker#existing-installation'],
  ['docker info Storage Driver', '/guide/docker#restart-and-verify'],
  ['failed to register layer', '/guide/docker#failed-to-register-layer'],
  ['daemon.json syntax error', '/guide/docker#daemon-json-invalid'],
  ['several valid graphdrivers', '/guide/docker#several-graphdrivers'],
  ['permision denied docker.sock', '/guide/docker#socket-permission-denied'], // misspelled
  ['Could not check if docker-default AppArmor profile was loaded', '/guide/docker#apparmor-permission-denied'],
  ['container=lxc systemd override', '/guide/docker#apparmor-permission-denied'],
  ['apparmor unconfined', '/guide/docker#apparmor-permission-denied'],
  ['nvidia container toolkit', '/guide/docker#gpu-in-docker'],
  ['dokcer compose', '/guide/docker#docker-compose'], // misspelled
  ['docker-compose command', '/guide/docker#docker-compose'],
  ['rootless docker', '/guide/docker#rootless-mode'],
  ['docker without sudo', '/guide/docker#docker-without-sudo'],
  ['dockerd --debug', '/guide/docker#still-stuck'],
  // GPUs that fail
  ['Failed to initialize NVML driver/library version mismatch', '/limitations/gpu-passthrough#driver-version-mismatch'],
  ['nvidia-upgrade.sh', '/limitations/gpu-passthrough#driver-version-mismatch'],
  ['nvidia-smi No devices were found', '/limitations/gpu-passthrough#no-devices-found'],
  ['torch cuda is_available false', '/limitations/gpu-passthrough#no-devices-found'],
  ['fabric manager', '/limitations/gpu-passthrough#no-devices-found'],
  // Firewall
  ['jupyter open to the world', '/limitations/firewall#localhost-still-reachable'],
  ['jupiter localhost', '/limitations/firewall#localhost-still-reachable'], // misspelled
  ['who can see my jupyter notebook', '/limitations/firewall#localhost-still-reachable'],
  ['firewalld', '/limitations/firewall#container-firewall'],
  ['ufw', '/limitations/firewall#container-firewall'],
  ['iptables in my container', '/limitations/firewall#container-firewall'],
  ['proxy protocol source ip', '/limitations/firewall#container-firewall'],
  ['port forwarding', '/guide/troubleshooting#ssh-local-forwarding'],
  ['port 18888', '/limitations/firewall#port-forwarding'],
  ['add a port mapping', '/guide/cluster#port-mapping'],
  ['restrict jupyter to my ip', '/limitations/firewall#restrict-access'],
  ['ip whitelist', '/limitations/firewall#restrict-access'],
  // Memory limits
  ['how much ram on roselab2', '/limitations/memory-limits#memory-quota-by-server'],
  ['how much RAM does roselab3 give me', '/limitations/memory-limits#memory-quota-by-server'],
  ['roselab5 memory', '/limitations/memory-limits#memory-quota-by-server'],
  ['roselab7 ram', '/limitations/memory-limits#memory-quota-by-server'],
  ['memroy limit roselab4', '/limitations/memory-limits#memory-quota-by-server'], // misspelled
  ['2 TB', '/guide/#hardware'], // roselab5's RAM, in the hardware table
  ['move container to roselab5', '/limitations/memory-limits#memory-quota-by-server'], // the "Moving to higher-memory servers" callout
  ['need more memory', '/limitations/memory-limits#memory-quota-by-server'],
  ['OOM', '/limitations/memory-limits#memory-enforcement-policy'],
  ['SIGKILL', '/limitations/memory-limits#memory-enforcement-policy'],
  ['container killed', '/limitations/memory-limits#memory-enforcement-policy'],
  ['my container got killed out of memory', '/limitations/memory-limits#memory-enforcement-policy'],
  ['grace period soft limit', '/limitations/memory-limits#memory-enforcement-policy'],
  ['how much memory do I have', '/limitations/memory-limits#see-your-quota'],
  ['MemTotal /proc/meminfo', '/limitations/memory-limits#see-your-quota'],
  ['restart my container after it was killed', '/limitations/memory-limits#after-a-kill'],
  ['container stuck unresponsive', '/limitations/memory-limits#after-a-kill'],
  ['copy container to another server', '/limitations/memory-limits#move-to-another-server'],
  ['memory usage grafana', '/limitations/memory-limits#monitoring-memory-usage'],
  ['memory alert', '/limitations/memory-limits#monitoring-memory-usage'],
  ['memory_profiler', '/limitations/memory-limits#reducing-memory-usage'],
  ['batch size', '/limitations/memory-limits#reducing-memory-usage'],
  ['torch.cuda.empty_cache', '/limitations/memory-limits#reducing-memory-usage'],
  ['gradient accumulation', '/limitations/memory-limits#reducing-memory-usage'],
  // Contributing
  ['add a new limitation page', '/contributing#add-a-limitation'],
  ['verified date frontmatter', '/contributing#frontmatter'],
  ['sources frontmatter', '/contributing#frontmatter'],
  ['how to check a fact', '/contributing#check-a-fact'],
  ['rename a heading without breaking links', '/contributing#keep-old-links'],
  ['callout syntax', '/contributing#callouts'],
  ['add a server to the quota table', '/contributing#server-data'],
  ['mermaid diagram', '/contributing#diagrams'],
  ['image width height', '/contributing#images'],
  ['npm test', '/contributing#check-and-preview'],
]
