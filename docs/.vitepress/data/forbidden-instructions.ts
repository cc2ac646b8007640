/**
 * Instructions the lab's own guide tells members not to follow. A code block on any page that contains one fails the
 * build (markdown/checks.ts), so a copied snippet from elsewhere cannot reach a reader.
 */

export interface ForbiddenInstruction {
  /** Matched against the text of every fenced or indented code block. */
  pattern: RegExp
  /** What is wrong and what to write instead, for the author. */
  reason: string
  /** The lab source that says so. */
  source: string
}

const labGuideDocker =
  'https://github.com/Rose-STL-Lab/rose-stl-lab.github.io/blob/6668b96ac7bb0b26b8cf094e3db9af6ffe1964fb/docs/guide/docker.md'
const labGuideTroubleshooting =
  'https://github.com/Rose-STL-Lab/rose-stl-lab.github.io/blob/c30fb47ef915c2300d37a551ca5a79cb5b88f2d7/docs/guide/troubleshooting.md'

export const forbiddenInstructions: readonly ForbiddenInstruction[] = [
  {
    pattern: /"storage-driver"\s*:/,
    reason:
      'sets "storage-driver" in a daemon.json example. In the lab\'s containers daemon.json stays empty (or holds only ' +
      'the NVIDIA runtime): Docker takes fuse-overlayfs up from the prepared /var/lib/docker/fuse-overlayfs/ folder, ' +
      'and naming the driver makes it fail',
    source: labGuideDocker,
  },
  {
    pattern: /"default-security-opt"\s*:/,
    reason:
      'sets "default-security-opt" in a daemon.json example, which makes Docker fail in the lab\'s containers; the ' +
      'AppArmor fix is the systemd override with Environment=container=lxc',
    source: labGuideDocker,
  },
  {
    pattern: /\b(?:apt|apt-get|yum|dnf)\b[^\n]*\binstall\b[^\n]*\bnvidia-driver/,
    reason:
      "installs an NVIDIA driver with a package manager, which breaks GPU passthrough in the lab's containers; the " +
      "lab's fix for a driver mismatch is sudo /utilities/nvidia-upgrade.sh and a reboot",
    source: labGuideTroubleshooting,
  },
]
