import { describe, expect, it } from 'vitest'
import { installInstructions, requirements, type Machine } from '../../../scripts/setup'
import { findOnPath, javaBinary, nginxBinary, nginxLayout } from '../../../scripts/lib/system-tools'

const debianFiles = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-headless-shell',
  '/usr/sbin/nginx',
  '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so',
  '/usr/bin/java',
]

function machine(files: readonly string[], env: NodeJS.ProcessEnv = { PATH: '/usr/bin:/bin' }, font = true): Machine {
  return {
    env,
    isFile: (path) => files.includes(path),
    hasFont: () => font,
    brotliModuleOf: (binary) =>
      binary === '/usr/sbin/nginx'
        ? '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so'
        : '/opt/nginx/modules/ngx_http_brotli_filter_module.so',
  }
}

const missingNames = (target: Machine) =>
  requirements(target)
    .filter((requirement) => !requirement.found)
    .map((requirement) => requirement.name)

describe('npm run setup', () => {
  it('finds everything on a Debian machine with the packages installed, nginx in /usr/sbin off the PATH', () => {
    expect(missingNames(machine(debianFiles))).toEqual([])
  })

  it('lists each missing tool with the Debian package that brings it', () => {
    const bare = machine([], { PATH: '/usr/bin:/bin' }, false)
    expect(requirements(bare).map((requirement) => [requirement.name, requirement.found, requirement.debian])).toEqual([
      ['Chromium', undefined, 'chromium'],
      ['Chromium headless shell', undefined, 'chromium-headless-shell'],
      ['the DejaVu Sans font', undefined, 'fonts-dejavu-core'],
      ['nginx', undefined, 'nginx'],
      ["nginx's brotli filter module", undefined, 'libnginx-mod-http-brotli-filter'],
      ['Java 11 or newer', undefined, 'default-jre-headless'],
    ])
  })

  it('uses the browsers and nginx that the environment variables name, and wants no headless shell beside CHROME_PATH', () => {
    const files = ['/opt/google/chrome', '/opt/nginx/sbin/nginx', '/opt/nginx/modules/ngx_http_brotli_filter_module.so']
    const env = { PATH: '/usr/bin', CHROME_PATH: '/opt/google/chrome', NGINX_PATH: '/opt/nginx/sbin/nginx' }
    const found = requirements(machine([...files, '/usr/bin/java'], env))
    expect(found.map((requirement) => requirement.name)).not.toContain('Chromium headless shell')
    expect(found.every((requirement) => requirement.found)).toBe(true)
    expect(found.find((requirement) => requirement.name === 'nginx')?.found).toBe('/opt/nginx/sbin/nginx')
  })

  it('reports a CHROME_PATH that points at nothing as a missing Chromium, not the Debian one', () => {
    const names = missingNames(machine(debianFiles, { PATH: '/usr/bin', CHROME_PATH: '/nowhere/chrome' }))
    expect(names).toEqual(['Chromium'])
  })

  it('tells someone without apt or root what to install on each system and which variables to set', () => {
    const bare = machine(['/usr/bin/java'], { PATH: '/usr/bin' })
    const message = installInstructions(requirements(bare).filter((requirement) => !requirement.found))
    expect(message).toContain(
      'Debian/Ubuntu: sudo apt-get install -y chromium chromium-headless-shell nginx libnginx-mod-http-brotli-filter',
    )
    expect(message).toContain('Fedora:        sudo dnf install -y chromium chromium-headless nginx;')
    expect(message).toContain('macOS:         brew install --cask google-chrome && brew install nginx')
    expect(message).toContain('  CHROME_PATH=/path/to/chrome')
    expect(message).toContain('  NGINX_PATH=/path/to/nginx')
    expect(message).not.toContain('JAVA_HOME')
    expect(message).not.toContain('DejaVu')
  })
})

describe('finding system tools', () => {
  it('looks on the PATH first, then in the sbin folders a normal user lacks', () => {
    const files = ['/usr/sbin/nginx', '/home/me/bin/nginx']
    expect(nginxBinary({ PATH: '/usr/bin:/bin' }, (path) => files.includes(path))).toBe('/usr/sbin/nginx')
    expect(nginxBinary({ PATH: '/home/me/bin:/usr/bin' }, (path) => files.includes(path))).toBe('/home/me/bin/nginx')
    expect(nginxBinary({ PATH: '/usr/bin', NGINX_PATH: '/x/nginx' }, () => false)).toBe('/x/nginx')
    expect(findOnPath('nginx', { PATH: '/usr/bin' }, () => false)).toBeUndefined()
  })

  it("prefers JAVA_HOME's java to the one on the PATH", () => {
    const files = ['/jdk/bin/java', '/usr/bin/java']
    expect(javaBinary({ PATH: '/usr/bin', JAVA_HOME: '/jdk' }, (path) => files.includes(path))).toBe('/jdk/bin/java')
    expect(javaBinary({ PATH: '/usr/bin', JAVA_HOME: '/gone' }, (path) => files.includes(path))).toBe('/usr/bin/java')
  })

  it("reads mime.types and the modules folder from what nginx -V reports, with nginx's own defaults", () => {
    const debian =
      'configure arguments: --prefix=/usr/share/nginx --conf-path=/etc/nginx/nginx.conf --modules-path=/usr/lib/nginx/modules'
    expect(nginxLayout(debian, {})).toEqual({
      mimeTypes: '/etc/nginx/mime.types',
      brotliModule: '/usr/lib/nginx/modules/ngx_http_brotli_filter_module.so',
    })
    const homebrew =
      'configure arguments: --prefix=/opt/homebrew/Cellar/nginx/1.27.0 --conf-path=/opt/homebrew/etc/nginx/nginx.conf'
    expect(nginxLayout(homebrew, {})).toEqual({
      mimeTypes: '/opt/homebrew/etc/nginx/mime.types',
      brotliModule: '/opt/homebrew/Cellar/nginx/1.27.0/modules/ngx_http_brotli_filter_module.so',
    })
    expect(nginxLayout('configure arguments: --conf-path=conf/nginx.conf', {}).mimeTypes).toBe(
      '/usr/local/nginx/conf/mime.types',
    )
    expect(nginxLayout(debian, { NGINX_BROTLI_MODULE: '/m/brotli.so' }).brotliModule).toBe('/m/brotli.so')
  })
})
