import { randomBytes } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { ErrorCode } from '../../protocol';
import type { UserRecord } from '../store/records';
import { hashToken, type Store } from '../store/store';
import { EngineError } from './engineError';

const TOKEN_LIFETIME_MS = 7 * 24 * 3600 * 1000;
export const LOCAL_CREDITS = 100;

/**
 * A fresh token for the install that `clientId` names. The same install keeps its user id (as the cloud does), so
 * a client that renews an expired token still reaches its sessions.
 */
export async function issueAnonymousToken(store: Store, clientId: string) {
  const token = `nmv_usr_${randomBytes(24).toString('hex')}`;
  const user: UserRecord = {
    userId: (await store.userIdOfClient(clientId)) ?? `anon_${randomBytes(8).toString('hex')}`,
    tokenHash: hashToken(token),
    clientHash: hashToken(clientId),
    expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS).toISOString(),
  };
  await store.saveUser(user);
  return { token, user_id: user.userId, expires_at: user.expiresAt, credits: LOCAL_CREDITS };
}

const tokenInvalid = () =>
  new EngineError(ErrorCode.tokenInvalid, {
    en: 'The token is missing, invalid or expired. Get a new anonymous token.',
    zh: '令牌缺失、无效或已过期。请重新获取一个匿名令牌。',
  });

/** Every call but the anonymous-token one carries `Authorization: Bearer <token>`. */
export async function authenticate(store: Store, req: IncomingMessage): Promise<UserRecord> {
  const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '');
  if (!match) throw tokenInvalid();
  const user = await store.userByToken(match[1]);
  if (!user || Date.parse(user.expiresAt) < Date.now()) throw tokenInvalid();
  return user;
}
