import { ENGINE_KEY_HEADER, ErrorCode, Routes } from '../../protocol';
import { EngineError } from '../http/engineError';
import { sendJson } from '../http/respond';
import type { Router } from '../http/router';
import { keyMatches, proofOf } from '../storeOwner';

/** The engine's own endpoints for clients that share it (see storeOwner.ts); not part of the NemoVideo protocol. */
export function engineRoutes(router: Router, key: string): void {
  // Answers before the engine is ready: it is how a claiming engine or a client tells a live owner from a dead one.
  router.add('GET', Routes.engineHello, async ({ res, url }) => {
    const nonce = url.searchParams.get('nonce') ?? '';
    if (!/^[0-9a-f]{16,64}$/.test(nonce)) throw new EngineError(400, { en: 'Expected ?nonce=<16 to 64 hex digits>.', zh: '应为 ?nonce=<16 到 64 位十六进制数字>。' });
    sendJson(res, 200, { proof: proofOf(key, nonce), pid: process.pid });
  });

  // Held open by a client for as long as it uses the engine; the engine stays while any such request is open.
  router.add('GET', Routes.engineAttach, async ({ req, res }) => {
    if (!keyMatches(key, req.headers[ENGINE_KEY_HEADER])) throw wrongKey();
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.flushHeaders();
    await new Promise<void>((resolve) => res.once('close', resolve));
  });
}

export const wrongKey = () =>
  new EngineError(ErrorCode.forbidden, {
    en: 'This engine serves only clients of the user who owns its store: the engine key is missing or wrong.',
    zh: '这个引擎只为拥有其存储的用户的客户端服务：引擎密钥缺失或不对。',
  });
