/** The URL as it may be shown in a report or log: a password in the user-info part is masked. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) {
      parsed.password = "***";
      return parsed.href;
    }
  } catch {
    // not a URL: shown as written
  }
  return url;
}
