import { describe, expect, it } from 'vitest'
import { renderMarkdown } from '../render-markdown'

const daemonJson = '```json\n{\n  "runtimes": {},\n  "storage-driver": "fuse-overlayfs"\n}\n```\n'

describe('forbiddenInstructionsPlugin', () => {
  it.each([
    ['a daemon.json example with a storage-driver key', `# Docker\n\nIntro.\n\n${daemonJson}`, 8, '"storage-driver"'],
    [
      'a command that writes one',
      '# Docker\n\n```bash\necho \'{"storage-driver": "vfs"}\' | sudo tee /etc/docker/daemon.json\n```\n',
      4,
      '"storage-driver"',
    ],
    [
      'default-security-opt in daemon.json',
      '# Docker\n\n```json\n{ "default-security-opt": ["apparmor=unconfined"] }\n```\n',
      4,
      '"default-security-opt"',
    ],
    [
      'an NVIDIA driver installed with apt',
      '# GPU\n\n- Step:\n\n  ```bash\n  sudo apt-get install -y nvidia-driver-550\n  ```\n',
      6,
      'installs an NVIDIA driver with a package manager',
    ],
    ['an indented code block', '# Docker\n\nText.\n\n    "storage-driver": "overlay2"\n', 5, '"storage-driver"'],
  ])('fails the build on %s, naming the file and line', async (_case, source, line, reason) => {
    await expect(renderMarkdown(source)).rejects.toThrow(
      new RegExp(`^docs/example\\.md:${line}: code block .*${escape(reason)}.*\\(https://github\\.com/Rose-STL-Lab/`),
    )
  })

  it('counts the frontmatter in the line it names', async () => {
    await expect(renderMarkdown(`---\ndescription: A Docker page.\n---\n\n# Docker\n\n${daemonJson}`)).rejects.toThrow(
      /^docs\/example\.md:10: /,
    )
  })

  it('allows the words in prose and daemon.json without the forbidden keys', async () => {
    const html = await renderMarkdown(
      '# Docker\n\nNever add `"storage-driver": "fuse-overlayfs"` to daemon.json.\n\n```json\n{\n  "runtimes": {\n    "nvidia": { "args": [], "path": "nvidia-container-runtime" }\n  }\n}\n```\n',
    )
    expect(html).toContain('nvidia-container-runtime')
  })
})

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
