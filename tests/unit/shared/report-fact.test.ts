import { describe, expect, it } from 'vitest'
import { reportFactUrl } from '../../../docs/.vitepress/shared/report-fact'

const report = {
  repositoryUrl: 'https://github.com/Rose-STL-Lab/roselab-docs',
  pageUrl: 'https://rose-stl-lab.github.io/limitations/memory-limits',
  pageTitle: 'Memory limits',
}

describe('reportFactUrl', () => {
  it("opens GitHub's new-issue form of the repository with the page in the title and the body", () => {
    const url = new URL(reportFactUrl(report))
    expect(`${url.origin}${url.pathname}`).toBe('https://github.com/Rose-STL-Lab/roselab-docs/issues/new')
    expect(url.searchParams.get('title')).toBe('Wrong or outdated: Memory limits')
    expect(url.searchParams.get('body')).toMatch(
      /^Page: Memory limits \(https:\/\/rose-stl-lab\.github\.io\/limitations\/memory-limits\)\nSection: \(which part of the page\?\)\n/,
    )
  })

  it('names the section, with its heading and its address, when the reader came from one', () => {
    const url = new URL(
      reportFactUrl({ ...report, section: { id: 'after-a-kill', title: 'After your container was killed' } }),
    )
    expect(url.searchParams.get('body')).toContain(
      'Section: After your container was killed (https://rose-stl-lab.github.io/limitations/memory-limits#after-a-kill)\n',
    )
  })

  it('encodes a section id that needs it, and a repository URL with a trailing slash', () => {
    const url = new URL(
      reportFactUrl({ ...report, repositoryUrl: `${report.repositoryUrl}/`, section: { id: 'a b&c' } }),
    )
    expect(url.pathname).toBe('/Rose-STL-Lab/roselab-docs/issues/new')
    expect(url.searchParams.get('body')).toContain(
      'Section: (https://rose-stl-lab.github.io/limitations/memory-limits#a%20b%26c)',
    )
  })
})
