/**
 * Prints deploy/nginx.conf for a sub-path, another folder or another listen address.
 *
 * Usage: tsx scripts/render-nginx-config.ts [--base /docs/] [--root /var/www/roselab-docs] [--listen 80 --listen [::]:80]
 */
import { parseArgs } from 'node:util'
import { committedSiteRoot, readNginxConfig } from '../deploy/nginx-config'

const { values } = parseArgs({
  options: {
    base: { type: 'string', default: process.env.DOCS_BASE ?? '/' },
    root: { type: 'string', default: committedSiteRoot },
    listen: { type: 'string', multiple: true, default: ['80', '[::]:80'] },
  },
})

process.stdout.write(await readNginxConfig({ base: values.base, root: values.root, listen: values.listen }))
