/**
 * The address of a new issue in the site's repository about a wrong or outdated fact, with the page (and the section,
 * when the reader came from a section link) filled in, so the report says where to look.
 */

export interface FactReport {
  /** The site's repository, `https://github.com/<owner>/<name>`. */
  repositoryUrl: string
  /** The page's absolute URL, without a section. */
  pageUrl: string
  pageTitle: string
  /** The section the reader came from: its heading id and, where known, its heading's text. */
  section?: { id: string; title?: string }
}

/** GitHub's new-issue form, with title and body filled in. */
export function reportFactUrl(report: FactReport): string {
  const sectionUrl = report.section ? `${report.pageUrl}#${encodeURIComponent(report.section.id)}` : undefined
  const where = report.section
    ? `Section: ${report.section.title ? `${report.section.title} ` : ''}(${sectionUrl})`
    : 'Section: (which part of the page?)'
  const body = [
    `Page: ${report.pageTitle} (${report.pageUrl})`,
    where,
    '',
    '### What is wrong or out of date?',
    '',
    '',
    '### What is right, and how do you know?',
    '',
    'A link to the lab guide or an announcement, or what you saw on the server (command and output).',
    '',
  ].join('\n')
  const query = new URLSearchParams({ title: `Wrong or outdated: ${report.pageTitle}`, body })
  return `${report.repositoryUrl.replace(/\/+$/, '')}/issues/new?${query.toString()}`
}
