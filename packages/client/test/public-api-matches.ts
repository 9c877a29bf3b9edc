/**
 * Checked by `tsc` (the typecheck step), never run: the generated public-api.ts must describe
 * exactly the server's public router, procedure for procedure, input and output. When the router
 * changes, regenerate with `pnpm --filter @ties/client generate`.
 */
import type { PublicRouter as ServerRouter } from "@ties/api";
import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import type { PublicRouter } from "../src/public-api";

/** True only when the two types are the same to the compiler (not merely assignable either way). */
type Same<X, Y> = (<T>() => T extends X ? 1 : 2) extends <T>() => T extends Y ? 1 : 2 ? true : false;

/** The paths whose types differ, or never. */
type Mismatches<A, B> = {
  [G in keyof A | keyof B]: G extends keyof A & keyof B
    ? {
        [P in keyof A[G] | keyof B[G]]: P extends keyof A[G] & keyof B[G]
          ? Same<A[G][P], B[G][P]> extends true
            ? never
            : `${G & string}.${P & string}`
          : `${G & string}.${P & string} (missing on one side)`;
      }[keyof A[G] | keyof B[G]]
    : `${G & string} (missing on one side)`;
}[keyof A | keyof B];

type Expect<T extends never> = T;

export type InputsMatch = Expect<Mismatches<inferRouterInputs<PublicRouter>, inferRouterInputs<ServerRouter>>>;
export type OutputsMatch = Expect<Mismatches<inferRouterOutputs<PublicRouter>, inferRouterOutputs<ServerRouter>>>;
