/**
 * A record store maps one record kind between its domain input (what curators write, what a
 * revision snapshots) and its rows. The curation engine is generic over stores.
 */
import { type PublicationState, type RecordKind, ZPublicationState } from "@ties/domain";
import type { z } from "zod";
import type { Prisma } from "../generated/prisma/client";

export type Tx = Prisma.TransactionClient;

export interface StoredRecord<I> {
  input: I;
  state: PublicationState;
  version: number;
}

export interface RecordStore<S extends z.ZodType = z.ZodType> {
  kind: RecordKind;
  schema: S;
  /** Table name, for row locks and raw queries. */
  table: string;
  /** Whether the record has its own publication state (sub-records follow their parent). */
  hasState: boolean;
  /** Writes the record's rows, replacing owned sub-rows. Creates when `create` is set. */
  write(tx: Tx, id: string, input: z.output<S>, meta: { create: boolean; state: PublicationState; version: number }): Promise<void>;
  read(tx: Tx, id: string): Promise<StoredRecord<z.output<S>> | null>;
  /** Recomputes columns derived from linked rows (search text) after those rows moved without a write. */
  refresh?(tx: Tx, id: string): Promise<void>;
  /** A short human label for audit lines and conflicts. */
  label(input: z.output<S>): string;
}

export const json = (v: unknown): Prisma.InputJsonValue => JSON.parse(JSON.stringify(v ?? null)) as Prisma.InputJsonValue;
export const dayDate = (day: string | null | undefined): Date | null => (day ? new Date(`${day}T00:00:00Z`) : null);
export const joinSearch = (...parts: (string | null | undefined | readonly (string | null | undefined)[])[]): string =>
  parts
    .flat()
    .filter((p): p is string => typeof p === "string" && p.length > 0)
    .join(" \n ");

export const stateOf = (s: string): PublicationState => ZPublicationState.parse(s);
