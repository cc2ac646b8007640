/** Navigation and sidebar, the limitations part generated from the topic pages. */
import type { DefaultTheme } from 'vitepress'
import type { TopicMeta } from './topics/parse-topic'

export function nav(): DefaultTheme.NavItem[] {
  return [
    { text: 'Limitations', link: '/limitations/', activeMatch: '^/limitations/' },
    { text: 'Docker in LXC', link: '/guide/docker', activeMatch: '^/guide/' },
    { text: 'Contributing', link: '/contributing' },
  ]
}

export function sidebar(topics: TopicMeta[]): DefaultTheme.Sidebar {
  const main: DefaultTheme.SidebarItem[] = [
    {
      text: 'Limitations',
      link: '/limitations/',
      items: topics.map((topic) => ({ text: topic.title, link: `/${topic.page}` })),
    },
    {
      text: 'Guides',
      items: [{ text: 'Docker in LXC', link: '/guide/docker' }],
    },
    {
      text: 'About these docs',
      items: [{ text: 'Contributing', link: '/contributing' }],
    },
  ]
  return { '/limitations/': main, '/guide/': main, '/contributing': main }
}
