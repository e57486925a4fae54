// Option parsers shared by the commands: only the command line's own shapes. What an option means (a date,
// a status) is checked by the API method it goes to, with the same errors as in the app.

/** A comma-separated list, trimmed, empty entries dropped; repeated options add up. */
export function commaList(value: string, previous: string[] = []): string[] {
  return [
    ...previous,
    ...value
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean),
  ];
}
