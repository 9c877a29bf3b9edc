/** Turns a missing record into the domain's NOT_FOUND, so every `byId` answers 404 the same way. */
import { TiesError } from "@ties/domain";

export function requireFound<T>(value: T | null | undefined, what: string, key: string): T {
  if (value === null || value === undefined) throw new TiesError("NOT_FOUND", `No ${what} ${JSON.stringify(key)}`);
  return value;
}
