/** The site theme: VitePress's default theme plus the site's own components and styles. */
import DefaultTheme from 'vitepress/theme'
import type { Theme } from 'vitepress'
import './styles/vars.css'

export default {
  extends: DefaultTheme,
} satisfies Theme
