// Regular expressions built from literal text.

/** `text` as a regular expression that matches exactly it (`/` is left as is: it is not special in `new RegExp`). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
