/** The GitHub Action adapter (filled in by the Action work). */
export async function run(): Promise<void> {}
