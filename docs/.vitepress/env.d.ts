/** What the browser code knows of the site, defined in config.ts from site.ts. */
interface ImportMetaEnv {
  readonly DOCS_SITE_ORIGIN: string
  readonly DOCS_REPOSITORY_URL: string
}

/** markdown-it-container, typed with VitePress's own markdown-it types (its @types package uses other ones). */
declare module 'markdown-it-container' {
  const container: (md: import('vitepress').MarkdownRenderer, name: string) => void
  export default container
}
