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
    // A page of its own is a top-level link, not a group around one link: VitePress 1.6 gives a group header without
    // a link role="button" around its <h2>, which is invalid HTML and a button that does nothing (vuejs/vitepress#5366).
    { text: 'Docker in LXC', link: '/guide/docker' },
    { text: 'Contributing', link: '/contributing' },
  ]
  return { '/limitations/': main, '/guide/': main, '/contributing': main }
}
