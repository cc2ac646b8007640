/**
 * Navigation in the order a new member needs it: getting started, moving between servers, data, the limitations,
 * the tools, security and troubleshooting; then the lab's status and reference pages. The limitations come from
 * their pages' frontmatter. Every entry is a link: VitePress makes a group heading without one a button
 * (vuejs/vitepress#5366).
 */
import type { DefaultTheme } from 'vitepress'
import { readTopics } from './topics'

export const nav: DefaultTheme.NavItem[] = [
  { text: 'Guide', link: '/guide/', activeMatch: '^/(guide|limitations)/' },
  { text: 'Status', link: '/status/', activeMatch: '^/status/' },
  { text: 'Software', link: '/config/', activeMatch: '^/config/' },
  { text: 'CSE shared servers', link: '/shared/', activeMatch: '^/shared/' },
  { text: 'Contributing', link: '/contributing' },
]

export function sidebar(): DefaultTheme.SidebarItem[] {
  return [
    { text: 'Getting started', link: '/guide/' },
    { text: 'Moving between servers', link: '/guide/cluster' },
    { text: 'Multi-server workflow', link: '/guide/workflow' },
    { text: 'Data management', link: '/guide/data-management' },
    {
      text: 'Limitations',
      link: '/limitations/',
      items: readTopics().map((topic) => ({ text: topic.title, link: topic.link })),
    },
    { text: 'Jupyter Lab', link: '/guide/jupyter' },
    { text: 'Remote desktop', link: '/guide/rdp' },
    { text: 'Docker in LXC', link: '/guide/docker' },
    { text: 'Password and security', link: '/guide/security' },
    { text: 'Troubleshooting', link: '/guide/troubleshooting' },
    { text: 'System status', link: '/status/' },
    { text: 'Software versions', link: '/config/' },
    { text: 'CSE shared servers', link: '/shared/' },
    { text: 'Why RoseLab', link: '/guide/why' },
    { text: 'Contributing', link: '/contributing' },
  ]
}
