import { randomBytes } from 'node:crypto';
import { emptyDraft, langOf, type Draft } from '../protocol';
import { sessionNotFound } from './http/engineError';
import type { Speaker } from './http/router';
import type { SessionRecord, UserRecord } from './store/records';
import type { Store } from './store/store';

const UNDO_DEPTH = 50;

export async function createSession(store: Store, user: UserRecord, taskName: string, language: string) {
  const session: SessionRecord = {
    sessionId: `ses_${randomBytes(12).toString('hex')}`,
    taskId: `task_${randomBytes(8).toString('hex')}`,
    userId: user.userId,
    taskName,
    language,
    createdAt: new Date().toISOString(),
    mediaIds: [],
    draft: emptyDraft(),
    undo: [],
    redo: [],
  };
  await store.saveSession(session);
  return session;
}

/**
 * A session is visible only to the user whose token made it; to anyone else it does not exist. Once it is found, the
 * request speaks its language (what the session was made with, whatever a client's Accept-Language says).
 */
export async function ownedSession(store: Store, user: UserRecord, sessionId: string, speaker: Speaker): Promise<SessionRecord> {
  const session = await store.session(sessionId);
  if (!session || session.userId !== user.userId) throw sessionNotFound();
  speaker.lang = langOf(session.language);
  return session;
}

/** What belongs to a session (a render, an upload) is spoken of in that session's language, if it is still the user's. */
export async function speakSessionLanguage(store: Store, user: UserRecord, sessionId: string, speaker: Speaker): Promise<void> {
  const session = await store.session(sessionId);
  if (session?.userId === user.userId) speaker.lang = langOf(session.language);
}

/** Replaces the draft, keeping the old one for undo. */
export function commitDraft(session: SessionRecord, draft: Draft): void {
  session.undo = [...session.undo, session.draft].slice(-UNDO_DEPTH);
  session.redo = [];
  session.draft = draft;
}
