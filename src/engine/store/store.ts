import { createHash } from 'node:crypto';
import { chmod, mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { readJson, writeJsonAtomic } from './atomicJson';
import { clearScratch } from './scratch';
import type { MediaRecord, RenderRecord, SessionRecord, UserRecord } from './records';

const SAFE_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** Ids reach the store from URLs: anything that is not a plain id is refused before it can name a path. */
export function isSafeId(id: string): boolean {
  return SAFE_ID.test(id);
}

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('hex');

/**
 * The engine's state on disk: one JSON file per record, written atomically, so that nothing is lost when the
 * engine stops or crashes. Media and render outputs live beside their records.
 */
export class Store {
  readonly mediaDir: string;
  readonly rendersDir: string;
  readonly cacheDir: string;
  private readonly usersDir: string;
  private readonly sessionsDir: string;

  constructor(readonly root: string) {
    this.usersDir = join(root, 'users');
    this.sessionsDir = join(root, 'sessions');
    this.mediaDir = join(root, 'media');
    this.rendersDir = join(root, 'renders');
    this.cacheDir = join(root, 'cache');
  }

  async init(): Promise<void> {
    // Owner-only: the store holds the user's footage and what grants tokens. chmod too, for stores made before.
    await mkdir(this.root, { recursive: true, mode: 0o700 });
    await chmod(this.root, 0o700);
    for (const dir of this.folders()) {
      await mkdir(dir, { recursive: true, mode: 0o700 });
      await chmod(dir, 0o700);
    }
    await this.forgetClientIds();
  }

  /** Users saved by engines that kept the client id in the clear are rewritten with its hash. */
  private async forgetClientIds(): Promise<void> {
    for (const name of await readdir(this.usersDir)) {
      const path = join(this.usersDir, name);
      const record = await readJson<Partial<UserRecord> & { clientId?: string }>(path);
      if (typeof record?.clientId !== 'string') continue;
      const { clientId, ...rest } = record;
      await writeJsonAtomic(path, { ...rest, clientHash: hashToken(clientId) });
    }
  }

  /**
   * A crash (or a kill) can leave half-written files: `.tmp` JSON that never got renamed over its record, `.part`
   * uploads and renders, work folders. None of them is anything's record once their engine is gone. Called only by an engine that
   * has just claimed the store (storeOwner.ts): another engine's files in flight are never touched.
   */
  async removeLeftovers(): Promise<void> {
    for (const dir of this.folders()) {
      for (const name of await readdir(dir)) {
        if (name.endsWith('.tmp') || name.endsWith('.part')) await rm(join(dir, name), { force: true });
      }
    }
    await clearScratch(this.cacheDir);
  }

  private folders(): string[] {
    return [this.usersDir, this.sessionsDir, this.mediaDir, this.rendersDir, this.cacheDir];
  }

  userByToken(token: string): Promise<UserRecord | undefined> {
    return readJson<UserRecord>(join(this.usersDir, `${hashToken(token)}.json`));
  }

  async saveUser(user: UserRecord): Promise<void> {
    await writeJsonAtomic(join(this.usersDir, `${user.tokenHash}.json`), user);
    await writeJsonAtomic(join(this.usersDir, `client-${user.clientHash}.json`), { userId: user.userId });
  }

  /** The user an install (X-Client-Id) already has, if any. */
  async userIdOfClient(clientId: string): Promise<string | undefined> {
    return (await readJson<{ userId: string }>(join(this.usersDir, `client-${hashToken(clientId)}.json`)))?.userId;
  }

  session(sessionId: string): Promise<SessionRecord | undefined> {
    return isSafeId(sessionId) ? readJson(join(this.sessionsDir, `${sessionId}.json`)) : Promise.resolve(undefined);
  }

  saveSession(session: SessionRecord): Promise<void> {
    return writeJsonAtomic(join(this.sessionsDir, `${session.sessionId}.json`), session);
  }

  media(mediaId: string): Promise<MediaRecord | undefined> {
    return isSafeId(mediaId) ? readJson(join(this.mediaDir, `${mediaId}.json`)) : Promise.resolve(undefined);
  }

  saveMedia(media: MediaRecord): Promise<void> {
    return writeJsonAtomic(join(this.mediaDir, `${media.mediaId}.json`), media);
  }

  mediaPath(media: MediaRecord): string {
    return join(this.mediaDir, media.storedName);
  }

  render(renderId: string): Promise<RenderRecord | undefined> {
    return isSafeId(renderId) ? readJson(join(this.rendersDir, `${renderId}.json`)) : Promise.resolve(undefined);
  }

  saveRender(render: RenderRecord): Promise<void> {
    return writeJsonAtomic(join(this.rendersDir, `${render.renderId}.json`), render);
  }

  renderOutputPath(renderId: string, extension: string): string {
    return join(this.rendersDir, `${renderId}.${extension}`);
  }

  async allRenders(): Promise<RenderRecord[]> {
    const names = (await readdir(this.rendersDir)).filter((name) => name.endsWith('.json'));
    const records = await Promise.all(names.map((name) => readJson<RenderRecord>(join(this.rendersDir, name))));
    return records.filter((record): record is RenderRecord => record !== undefined);
  }

  async removeFile(path: string): Promise<void> {
    await rm(path, { force: true });
  }
}
