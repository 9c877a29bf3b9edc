/** Creating and cloning databases on a server (the app database, test databases from a template). */
import pg from "pg";

const ident = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Unsafe database name: ${name}`);
  return `"${name}"`;
};

export function withDatabase(url: string, database: string): string {
  const u = new URL(url);
  u.pathname = `/${database}`;
  return u.toString();
}

async function onServer<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: withDatabase(url, "postgres") });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the database when missing; returns true when it was created. */
export async function ensureDatabase(url: string, name: string): Promise<boolean> {
  return onServer(url, async (c) => {
    const found = await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 1) return false;
    await c.query(`CREATE DATABASE ${ident(name)}`);
    return true;
  });
}

export async function cloneDatabase(url: string, template: string, name: string): Promise<void> {
  await onServer(url, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${ident(name)} TEMPLATE ${ident(template)}`);
  });
}

export async function dropDatabase(url: string, name: string): Promise<void> {
  await onServer(url, (c) => c.query(`DROP DATABASE IF EXISTS ${ident(name)} WITH (FORCE)`));
}

/** Checks a server answers; throws a one-line error naming the host when it does not. */
export async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query("SELECT 1");
  } catch (e) {
    let where = url;
    try {
      const u = new URL(url);
      where = `${u.hostname}:${u.port || 5432}${u.pathname}`;
    } catch {}
    throw new Error(`Cannot reach the PostgreSQL at DATABASE_URL (${where}): ${(e as Error).message}`);
  } finally {
    await client.end().catch(() => {});
  }
}
