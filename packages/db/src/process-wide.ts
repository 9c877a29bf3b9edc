/**
 * State shared by every copy of this package in one process. Next.js bundles a server's pages,
 * its route handlers and its start-up hook separately, and each bundle evaluates this package
 * anew: a module-level map would exist once per bundle, so a client made in one bundle would have
 * no pool, URL or kept reads in another. What is kept here lives on `globalThis`, under a
 * registered symbol, where every copy finds the same one.
 */
export function processWide<T extends object>(name: string, make: () => T): T {
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`ties.db.${name}`);
  holder[key] ??= make();
  return holder[key];
}
