/** The callout kinds writers may use (`::: tip`, `> [!TIP]`, `<Callout type="tip">`), shared by the build and the component. */
export const calloutKinds = ['tip', 'info', 'note', 'important', 'warning', 'caution', 'danger'] as const

export type CalloutKind = (typeof calloutKinds)[number]
