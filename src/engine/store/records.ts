import type { Bilingual, Draft, EditOp, FileType, RenderOutput, RenderState } from '../../protocol';
import type { HdrTransfer } from '../media/probe';

/** What the engine keeps on disk. Tokens and client ids are stored as hashes, never in the clear: either gets a token. */
export interface UserRecord {
  userId: string;
  tokenHash: string;
  clientHash: string;
  expiresAt: string;
}

export interface SessionRecord {
  sessionId: string;
  taskId: string;
  userId: string;
  taskName: string;
  language: string;
  createdAt: string;
  mediaIds: string[];
  draft: Draft;
  /** Drafts before each edit, newest last, for undo. */
  undo: Draft[];
  redo: Draft[];
  /** Operations read from the last message but not made, because the reading was unsure: a yes next makes them. */
  proposal?: EditOp[];
}

export interface MediaRecord {
  mediaId: string;
  userId: string;
  sessionId: string;
  filename: string;
  /** File name inside the media folder: generated, never the user's. */
  storedName: string;
  fileType: FileType;
  bytes: number;
  sha256: string;
  durationMs: number | null;
  width: number | null;
  height: number | null;
  fps: number | null;
  hasAudio: boolean;
  hasVideo: boolean;
  /** Sound tracks used (0-based; absent in records older than this field: the first). */
  audioTracks?: number[];
  hdr?: HdrTransfer | null;
  /** What the user was told about how the file was read. */
  notes?: (string | Bilingual)[];
  createdAt: string;
}

export interface RenderRecord {
  renderId: string;
  userId: string;
  sessionId: string;
  draft: Draft;
  output: RenderOutput;
  status: RenderState;
  progress: number;
  /** Why it failed (a plain string in records of engines from before both languages were kept). */
  error?: string | Bilingual;
  createdAt: string;
  completedAt?: string;
  /** Output file name inside the renders folder. */
  outputName?: string;
}
