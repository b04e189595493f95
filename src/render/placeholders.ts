/** `{{name}}` in a skeleton file (templates/skeleton/MANIFEST.md). */
const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

/**
 * Fills the skeleton's `{{name}}` placeholders. A placeholder without a value is an error naming it and
 * its file:line, so a file can never be written half-filled.
 */
export function fillPlaceholders(text: string, values: Readonly<Record<string, string>>, file: string): string {
  return text.replace(PLACEHOLDER, (whole, name: string, offset: number) => {
    if (Object.prototype.hasOwnProperty.call(values, name)) return values[name];
    const line = text.slice(0, offset).split('\n').length;
    throw new Error(`${file}:${line}: no value for the placeholder ${whole}`);
  });
}
