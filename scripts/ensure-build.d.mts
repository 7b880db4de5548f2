/** Types for ensure-build.mjs, so TypeScript tests can import it. */
export declare const ROOT: string;
export declare function staleReason(root?: string): string | null;
export declare function build(root?: string): void;
export declare function ensureBuilt(root?: string): void;
