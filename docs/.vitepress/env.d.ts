/** Build-time constants that the browser code reads from `import.meta.env` (defined in site.ts's clientConstants). */
interface ImportMetaEnv {
  /** Public origin of the published site, without a trailing slash: site.ts's `siteOrigin`. */
  readonly DOCS_SITE_ORIGIN: string
  /** The repository that holds these docs: site.ts's `repositoryUrl`. */
  readonly DOCS_REPOSITORY_URL: string
}
