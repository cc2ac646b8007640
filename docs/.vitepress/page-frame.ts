/**
 * The default theme's own options that frame every page: logo, outline depth, edit link, the "last updated" label,
 * footer and GitHub link. Plain VitePress settings, no code of this site: the benchmark's plain-VitePress baseline
 * (scripts/lib/baseline-site.ts) gets the same frame, so that it compares the same pages, not pages without a footer.
 */
import type { DefaultTheme } from 'vitepress'
import { repositoryBranch, repositoryUrl } from './site'

export const pageFrame = {
  logo: { src: '/logo.svg', width: 24, height: 24, alt: '' },
  outline: { level: [2, 3], label: 'On this page' },
  editLink: {
    pattern: `${repositoryUrl}/edit/${repositoryBranch}/docs/:path`,
    text: 'Edit this page',
  },
  lastUpdated: { text: 'Page last updated' },
  footer: {
    message: 'Written by the members of the Rose STL Lab. Corrections welcome: see Contributing.',
    copyright: 'Rose STL Lab, UC San Diego',
  },
  socialLinks: [{ icon: 'github', link: repositoryUrl }],
} satisfies DefaultTheme.Config
