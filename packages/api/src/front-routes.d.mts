import type { IncomingMessage, ServerResponse } from "node:http";

export declare const FRONT_ROUTES: unique symbol;

export declare const BROTLI: { params: Record<number, number> };

export interface FrontRoutes {
  /** Path prefixes the app answers itself; one ending in "/" also takes the path without it. */
  prefixes: readonly string[];
  handle(request: Request, pathname: string): Promise<Response>;
}

export declare function registerFrontRoutes(routes: FrontRoutes): void;

export declare function chooseCoding(acceptEncoding: string | undefined): "br" | "gzip" | null;

export declare function sendResponse(req: IncomingMessage, res: ServerResponse, response: Response): Promise<void>;

export declare function answerInFront(req: IncomingMessage, res: ServerResponse, onError: (e: unknown) => void): boolean;
