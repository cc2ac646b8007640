/**
 * The last step of every built page (VitePress's `transformHtml`): its Content-Security-Policy, carried by the page
 * itself with the hashes of its own inline scripts, so that a host sends fixed headers and a new build is deployed by
 * copying files; the nav bar's state classes; and a fallback for the 404 page without JavaScript.
 */
import { createHash } from 'node:crypto'
import { base } from './site'

/** The policy of every page; the host adds frame-ancestors, which only a header can carry (deploy/). */
const policy = {
  'default-src': "'self'",
  'script-src': "'self'",
  // Shiki, Vue and the diagrams colour through style attributes; style sheets are all files of the site.
  'style-src': "'self' 'unsafe-inline'",
  'style-src-elem': "'self'",
  'style-src-attr': "'unsafe-inline'",
  // The default theme draws its icons as data: SVG masks.
  'img-src': "'self' data:",
  'object-src': "'none'",
  'base-uri': "'none'",
  'form-action': "'none'",
}

const bareNavBar = /<div class="VPNavBar"(?=[\s>])/
const inlineScript = /<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g

/** The page's policy, with a `'sha256-…'` source for each of its inline scripts. */
export function pagePolicy(html: string): string {
  const hashes = [...html.matchAll(inlineScript)].map(
    ([, script]) => `'sha256-${createHash('sha256').update(script!).digest('base64')}'`,
  )
  return Object.entries(policy)
    .map(([name, sources]) => `${name} ${sources}${name === 'script-src' ? ['', ...new Set(hashes)].join(' ') : ''}`)
    .join('; ')
}

export function transformPage(html: string, file: string): string {
  if (/\son[a-z]+=/i.test(html.replace(inlineScript, ''))) {
    throw new Error(`${file}: an inline event handler (on…="…") cannot run under the page's Content-Security-Policy`)
  }
  if (!html.includes('<meta charset="utf-8">')) throw new Error(`${file}: no <meta charset> to put the policy after`)
  const meta = `<meta http-equiv="Content-Security-Policy" content="${pagePolicy(html)}">`
  let page = html.replace('<meta charset="utf-8">', (charset) => charset + meta)
  // VitePress sets the nav bar's state classes after hydration: without them here the bar jumps as the page starts
  // (a layout shift of 0.017 at 1280×800 on every page with a sidebar; vuejs/vitepress#4351).
  const content = /<div class="VPContent([^"]*)"/.exec(page)?.[1]
  if (content !== undefined && !bareNavBar.test(page)) {
    throw new Error(
      `${file}: VitePress no longer renders a bare VPNavBar: check whether docs/.vitepress/html.ts still needs its nav bar fix`,
    )
  }
  const state = [
    /\bhas-sidebar\b/.test(content ?? '') && 'has-sidebar',
    /\bis-home\b/.test(content ?? '') && 'home',
    'top',
  ]
  page = page.replace(bareNavBar, `<div class="VPNavBar ${state.filter(Boolean).join(' ')}"`)
  if (file.endsWith('404.html')) {
    page = page.replace(
      '<div id="app"></div>',
      `<div id="app"></div><noscript><div role="main"><h1>Page not found</h1><p>There is no page at this address. ` +
        `Start from <a href="${base}">the home page</a> or <a href="${base}guide/">Getting started</a>.</p></div></noscript>`,
    )
  }
  return page
}
