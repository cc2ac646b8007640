/**
 * Facts about the lab that several pages need, each kind in one place: whom to contact, the web services, the port
 * scheme and the accounts of the welcome email. Pages show them through facts.ts.
 */

const labGuide = 'https://github.com/Rose-STL-Lab/rose-stl-lab.github.io/blob'

/** Whom members contact, as the lab's guide publishes them for support. */
export const contacts = {
  admin: { name: 'Zihao Zhou', email: 'ziz244@ucsd.edu' },
  /** Approves resource requests (a larger quota) and cross-server copying for master's students. */
  rose: { name: 'Rose', site: 'https://roseyu.com' },
  slack: { channel: '#server', workspace: 'https://rose-stl-lab.slack.com' },
  sources: [
    `${labGuide}/ba581dfa62d4e6172269db576e710b80b5d5f1ce/docs/guide/index.md`,
    `${labGuide}/ba581dfa62d4e6172269db576e710b80b5d5f1ce/docs/status/index.md`,
    `${labGuide}/ba581dfa62d4e6172269db576e710b80b5d5f1ce/docs/guide/cluster.md`,
    `${labGuide}/004f2242ac3d6e596eb9a452e18c89134f66cff7/docs/.vitepress/config.mts`,
  ],
}

/** The lab's web services (index.md and status/index.md at ba581df). */
export const services = [
  { name: 'Grafana', url: 'http://roselab1.ucsd.edu/grafana/', use: 'live metrics of every server and container' },
  { name: 'Seafile', url: 'http://roselab1.ucsd.edu/seafile', use: 'file sharing and backup' },
  { name: 'MinIO', url: 'https://rosedata.ucsd.edu', use: 'S3 object storage for datasets' },
  { name: 'HedgeDoc', url: 'https://roselab1.ucsd.edu/hedgedoc', use: 'Markdown notes written together' },
  { name: 'WandB', url: 'https://rosewandb.ucsd.edu', use: 'experiment tracking; ask the admin for an invitation' },
  {
    name: 'RoseLibreChat',
    url: 'https://roselab1.ucsd.edu:3407/',
    use: 'AI chat paid with lab credits; ask the admin for access',
  },
]

/**
 * The port scheme of the welcome email: each container gets the host ports `<id>00` to `<id>08`, `<id>` being the
 * container's three-digit number, forwarded to these container ports.
 */
export const forwardedPorts = [
  { suffix: '00', port: 22, service: 'SSH' },
  { suffix: '01', port: 3389, service: 'RDP (remote desktop)' },
  { suffix: '02', port: 5900, service: 'VNC' },
  { suffix: '03', port: 80, service: 'HTTP' },
  { suffix: '04', port: 443, service: 'HTTPS' },
  { suffix: '05', port: 8080, service: 'Web server, such as Tomcat' },
  { suffix: '06', port: 8888, service: 'Jupyter' },
  { suffix: '07', port: 8889, service: 'Backup' },
  { suffix: '08', port: 8890, service: 'Backup' },
]

/**
 * The accounts of the welcome email, named by the placeholders the lab's guide uses (never their values), and how a
 * member changes each password (security.md at e2a27f2, 2023; the Jupyter restart from jupyter.md at c5fa229, 2025).
 */
export const accounts = [
  {
    service: 'System and remote desktop',
    login: '`ubuntu`',
    secret: '`<token1>`',
    change: 'Run `sudo passwd ubuntu`.',
  },
  {
    service: 'S3 object storage (MinIO)',
    login: '`<name>`',
    secret: '`<token2>`',
    change: 'Not supported yet.',
  },
  {
    service: 'Seafile',
    login: '`<email>`',
    secret: '`<token3>`',
    change: 'In Seafile, under [Settings](http://roselab1.ucsd.edu/seafile/profile/#update-user-passwd).',
  },
  { service: 'HedgeDoc', login: '`<email>`', secret: '`<token4>`', change: 'Not supported yet.' },
  {
    service: 'Jupyter',
    login: 'none',
    secret: '`<token5>`',
    change:
      'Change `c.ServerApp.token` in `~/.jupyter/jupyter_lab_config.py`, then run `sudo systemctl restart jupyterlab`.',
  },
  {
    service: 'SSH',
    login: '`ubuntu`',
    secret: '`<keyfile>`, a private key',
    change: 'Put your new public key into `~/.ssh/authorized_keys`.',
  },
]
