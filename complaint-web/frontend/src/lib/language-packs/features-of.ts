/** One language's files (locales/<language>/<feature>.json) as one namespace: translation[feature] = its keys. */
export function featuresOf(files: Record<string, Record<string, unknown>>): Record<string, unknown> {
  const translation: Record<string, unknown> = {};
  for (const [path, keys] of Object.entries(files)) {
    const match = /\/([^/]+)\.json$/.exec(path);
    if (match) translation[match[1]] = keys;
  }
  return translation;
}
