/**
 * Reads map database rows to the domain's types without parsing them (see `toEventSummary`): a
 * procedure's output schema is the one check an answer gets, so every query must declare one.
 */
import { expect, it } from "vitest";
import { appRouter } from "./root";
import { allProcedures, procedureSchemas } from "./rest/procedure-schemas";

it("every query declares a zod output schema", () => {
  const queries = allProcedures(appRouter).filter(({ procedure }) => procedure._def.type === "query");
  expect(queries.length).toBeGreaterThan(30);
  expect(queries.filter(({ procedure }) => !procedureSchemas(procedure).output).map((q) => q.path)).toEqual([]);
});
