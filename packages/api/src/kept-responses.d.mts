import type { IncomingMessage, ServerResponse } from "node:http";

export declare const KEPT_RESPONSES: unique symbol;

export interface KeptResponses {
  readonly size: number;
  readonly bytes: number;
  drop(): void;
  answer(req: IncomingMessage, res: ServerResponse): boolean;
  watch(req: IncomingMessage, res: ServerResponse): void;
}

export declare function createKeptResponses(options?: {
  maxBytes?: number;
  maxAgeMs?: number;
  settleMs?: number;
  now?: () => number;
}): KeptResponses;

export declare function dropKeptResponses(): void;

export declare function setWriteHeadHeaders(
  res: ServerResponse,
  status: number,
  reason?: string | Record<string, unknown> | unknown[],
  headers?: Record<string, unknown> | unknown[],
): void;

export declare function trackRequest(res: ServerResponse): void;

export declare function requestsInFlightEnded(maxMs?: number): Promise<boolean>;
