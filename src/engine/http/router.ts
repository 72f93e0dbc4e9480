import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Lang } from '../../protocol';
import { EngineError } from './engineError';

/** What the engine says in a request's answers: its Accept-Language, then its session's once that is known. */
export interface Speaker {
  lang: Lang;
}

export interface RouteContext {
  req: IncomingMessage;
  res: ServerResponse;
  params: Record<string, string>;
  url: URL;
  /** The language of the request's errors and notes (ownedSession sets the session's). */
  speaker: Speaker;
}

type Handler = (ctx: RouteContext) => Promise<void>;

interface Route {
  method: string;
  /** The route's pattern, e.g. `/api/state/nemo_agent/me/:sessionId/latest`. */
  path: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
  /** Render endpoints answer errors in the `{success:false}` envelope. */
  renderEnvelope: boolean;
}

/** A minimal path router: `/a/:id/b` patterns, one segment per parameter. */
export class Router {
  private readonly routes: Route[] = [];

  add(method: string, path: string, handler: Handler, renderEnvelope = false): this {
    const names: string[] = [];
    const source = path.replace(/:([a-zA-Z]+)/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    });
    this.routes.push({ method, path, pattern: new RegExp(`^${source}$`), names, handler, renderEnvelope });
    return this;
  }

  match(method: string, pathname: string): { route: Route; params: Record<string, string> } | 'wrong-method' | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const found = route.pattern.exec(pathname);
      if (!found) continue;
      pathMatched = true;
      if (route.method !== method) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, index) => (params[name] = decodeParam(found[index + 1])));
      return { route, params };
    }
    return pathMatched ? 'wrong-method' : undefined;
  }
}

function decodeParam(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new EngineError(400, { en: 'The path holds a malformed %-escape.', zh: '路径里有格式错误的 %-转义。' });
  }
}
