// The choices of the `lint` input, apart from the lint itself so that checking an action's inputs
// loads nothing else (the operation imports this before its one lazy import).

/** `auto`: helm when it is on PATH, else native; `helm`: helm or fail; `native`: never helm; `false`: no lint. */
export const LINT_MODES = ['auto', 'helm', 'native', 'false'] as const;
export type LintMode = (typeof LINT_MODES)[number];
