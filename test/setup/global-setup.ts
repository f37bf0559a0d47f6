// Starts the servers the suite shares (filled in as suites need them) and stops them afterwards.
export default async function setup(): Promise<() => Promise<void>> {
  return async () => {};
}
