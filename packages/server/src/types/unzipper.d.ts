// The part of unzipper's streaming parser the import's size check uses (the package ships no types).
declare module 'unzipper' {
  import type { Duplex, PassThrough } from 'node:stream';

  export interface Entry extends PassThrough {
    path: string;
    vars: { flags: number; compressedSize: number; uncompressedSize: number };
    autodrain(): void;
  }

  export function Parse(options?: { forceStream?: boolean }): Duplex & AsyncIterable<Entry>;
}
