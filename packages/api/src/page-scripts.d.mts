/** Types of page-scripts.mjs (plain JavaScript, so that node runs the server without a build). */
export function inlineScriptHashes(html: string): string[];
export function withoutClientRuntime(html: string): string | null;
