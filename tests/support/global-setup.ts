// Replaced by the database test harness (embedded PostgreSQL or DATABASE_URL).
export default async function setup(): Promise<void> {}
