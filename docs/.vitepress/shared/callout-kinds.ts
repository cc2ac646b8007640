/** The callout kinds authors may use (`::: tip`, `> [!TIP]`, `<Callout type="tip">`) and their visible labels. */

export const calloutKinds = [
  { kind: 'tip', label: 'Tip' },
  { kind: 'info', label: 'Info' },
  { kind: 'note', label: 'Note' },
  { kind: 'important', label: 'Important' },
  { kind: 'warning', label: 'Warning' },
  { kind: 'caution', label: 'Caution' },
  { kind: 'danger', label: 'Danger' },
] as const

export type CalloutKind = (typeof calloutKinds)[number]['kind']

/** The kind names in declaration order, e.g. for error messages. */
export const calloutKindNames: readonly CalloutKind[] = calloutKinds.map(({ kind }) => kind)

/** Whether `value` names a callout kind (case-sensitive: Markdown markers are lower-cased before the check). */
export function isCalloutKind(value: unknown): value is CalloutKind {
  return typeof value === 'string' && (calloutKindNames as readonly string[]).includes(value)
}

const labels = Object.fromEntries(calloutKinds.map(({ kind, label }) => [kind, label])) as Record<CalloutKind, string>

/** The visible label of a kind, e.g. "Warning". */
export function calloutLabel(kind: CalloutKind): string {
  return labels[kind]
}
