import { ACCEPTED_EXTENSIONS, acceptedFormatsText, ErrorCode, say, TOKEN_INVALID_ALIASES, type Lang } from '../protocol';

/**
 * Every failure the client reports. `message` is written for the user (what happened, what to do), and never holds
 * a token; `code` is the protocol's code (or HTTP status) so callers can decide.
 */
export class DemoClipError extends Error {
  constructor(message: string, readonly code: number, readonly status?: number, readonly serverMessage?: string) {
    super(message);
    this.name = new.target.name;
  }
}

export class TokenInvalidError extends DemoClipError {}
export class SessionNotFoundError extends DemoClipError {}
export class OutOfCreditsError extends DemoClipError {
  constructor(message: string, code: number, status: number | undefined, serverMessage: string | undefined, readonly registerUrl?: string) {
    super(message, code, status, serverMessage);
  }
}
export class UnsupportedFileError extends DemoClipError {}
export class FileTooLargeError extends DemoClipError {}
export class MissingClientIdError extends DemoClipError {}
export class ExportBlockedError extends DemoClipError {}
export class RateLimitedError extends DemoClipError {
  /** `retryAfterMs` is undefined when the server named no wait: the client then uses its default. */
  constructor(message: string, code: number, status: number | undefined, serverMessage: string | undefined, readonly retryAfterMs: number | undefined) {
    super(message, code, status, serverMessage);
  }
}
/** The server answered something that is not the protocol (bad JSON, an unknown shape). */
export class ProtocolError extends DemoClipError {}
/** The server could not be reached, or the connection dropped. */
export class ConnectionError extends DemoClipError {}
/** No connection could be made at all (refused, no such host): nothing was sent, so trying again is safe. */
export class UnreachableError extends ConnectionError {}
/** The clip could not be written where it was to go (a folder in the way, no permission, a full disk): the backend is fine. */
export class SaveError extends DemoClipError {}
/** Any other failure the server reported (a bad request, a failed render). */
export class ServerError extends DemoClipError {}
/** A render (or preview) that ended without a file: it failed or was cancelled, and will not finish later. */
export class RenderEndedError extends ServerError {
  constructor(message: string, readonly outcome: 'failed' | 'cancelled') {
    super(message, 0);
  }
}

export interface ErrorContext {
  status?: number;
  serverMessage?: string;
  retryAfterMs?: number;
  userId?: string;
  /** The session's language: the messages are said in it. */
  lang?: Lang;
}

/** Maps a protocol code (or an HTTP status when the body has none) to a typed error with an actionable message. */
export function errorFromCode(code: number, ctx: ErrorContext = {}): DemoClipError {
  const { status, serverMessage } = ctx;
  const lang = ctx.lang ?? 'en';
  const detail = serverMessage ? say(lang, ` (${serverMessage})`, `（${serverMessage}）`) : '';
  if (TOKEN_INVALID_ALIASES.includes(code) || status === 401) {
    return new TokenInvalidError(say(lang,
      'Your Demo Clip token is invalid or has expired. A new one will be requested; sign in again if this persists.',
      '你的 Demo Clip 令牌无效或已过期。会申请一个新的；如果一直这样，请重新登录。'), code, status, serverMessage);
  }
  switch (code) {
    case ErrorCode.sessionNotFound:
      return new SessionNotFoundError(say(lang,
        'The editing session no longer exists on the server, so its draft is gone. Start a new session and upload your footage again.',
        '服务器上已经没有这个编辑会话了，它的草稿也没有了。请开始新会话并重新上传素材。'), code, status, serverMessage);
    case ErrorCode.outOfCredits: {
      const registerUrl = ctx.userId?.startsWith('anon_') ? `https://nemovideo.com/register?bind=${encodeURIComponent(ctx.userId)}` : undefined;
      const what = registerUrl
        ? say(lang, `Register to get more: ${registerUrl}`, `注册以获得更多：${registerUrl}`)
        : say(lang, 'Top up your NemoVideo account, or switch to the local engine (free).', '请为你的 NemoVideo 账户充值，或切换到本地引擎（免费）。');
      return new OutOfCreditsError(say(lang, `You are out of credits. ${what}`, `你的积分用完了。${what}`), code, status, serverMessage, registerUrl);
    }
    case ErrorCode.unsupportedFile:
      return new UnsupportedFileError(
        withHint(serverMessage ?? say(lang, 'That file type is not supported.', '不支持这种文件类型。'), say(lang, 'Accepted formats', '可接受的格式'),
          say(lang, `Accepted formats: ${acceptedFormatsText()}.`, `可接受的格式：${acceptedFormatsText(ACCEPTED_EXTENSIONS, 'zh')}。`), lang),
        code, status, serverMessage,
      );
    case ErrorCode.fileTooLarge:
      return new FileTooLargeError(
        withHint(serverMessage ?? say(lang, 'The file is too large (the limit is 500 MB).', '文件太大了（上限 500 MB）。'), say(lang, 'Compress', '压缩'),
          say(lang, 'Compress or trim it (e.g. re-export at 1080p, or cut it shorter) and upload again.', '请压缩或剪短（例如以 1080p 重新导出，或剪得更短）后重新上传。'), lang),
        code, status, serverMessage,
      );
    case ErrorCode.missingClientId:
      return new MissingClientIdError(say(lang, `The server rejected the request as incomplete${detail}.`, `服务器认为请求不完整而拒绝了它${detail}。`), code, status, serverMessage);
    case ErrorCode.exportBlocked:
      return new ExportBlockedError(say(lang,
        'Export is not available on the free NemoVideo plan (this is the plan tier, not credits). Upgrade the plan, or export with the local engine.',
        'NemoVideo 免费套餐不能导出（这是套餐等级的限制，与积分无关）。请升级套餐，或用本地引擎导出。'), code, status, serverMessage);
    case ErrorCode.rateLimited:
      return new RateLimitedError(say(lang, 'The server is rate limiting requests. Wait a little and try again.', '服务器正在限制请求频率。请稍等再试。'), code, status, serverMessage, ctx.retryAfterMs);
    default:
      return new ServerError(serverMessage
        ? say(lang, `The server reported an error: ${serverMessage}`, `服务器报告了一个错误：${serverMessage}`)
        : say(lang, `The server reported error ${code}.`, `服务器报告了错误 ${code}。`), code, status, serverMessage);
  }
}

/** Adds advice to a server's message unless the server already gave it (the local engine does). */
function withHint(message: string, marker: string, hint: string, lang: Lang): string {
  return message.includes(marker) ? message : `${message}${say(lang, ' ', '')}${hint}`;
}

const NO_PERMISSION = { en: 'there is no permission to write there', zh: '没有在那里写入的权限' };

/** Why the disk refused a file, by the file system's code; other codes are named as they are. */
const SAVE_REFUSALS: Record<string, { en: string; zh: string }> = {
  EISDIR: { en: 'that is a folder (name a file, such as clip.mp4)', zh: '那是一个文件夹（请给出文件名，例如 clip.mp4）' },
  ENOENT: { en: 'its folder does not exist', zh: '它所在的文件夹不存在' },
  EEXIST: { en: 'a file of that name is in the way', zh: '有一个同名的文件挡住了' },
  ENOTDIR: { en: 'part of the path is a file, not a folder', zh: '路径中有一部分是文件而不是文件夹' },
  EACCES: NO_PERMISSION,
  EPERM: NO_PERMISSION,
  EROFS: { en: 'the disk is read-only', zh: '磁盘是只读的' },
  ENOSPC: { en: 'the disk is full', zh: '磁盘满了' },
};

/** The system calls of saving a file; a socket's own (read, connect) are the connection's. */
const FILE_CALLS = new Set(['open', 'write', 'close', 'rename', 'mkdir', 'access', 'fsync', 'unlink']);

/**
 * A file-system failure while saving `path`, said as one: a disk that refuses must not read as a backend that is down.
 * Anything else (a dropped connection, a cancel) is returned as it was, for the caller's own mapping.
 */
export function savingError(error: unknown, path: string, lang: Lang = 'en'): unknown {
  const err = error as { code?: string; syscall?: string };
  if (typeof err?.code !== 'string' || !FILE_CALLS.has(err.syscall ?? '')) return error;
  const why = SAVE_REFUSALS[err.code] ?? { en: err.code, zh: err.code };
  return new SaveError(say(lang, `Could not save the clip as ${path}: ${why.en}. Choose another place and export again.`,
    `无法把短片保存为 ${path}：${why.zh}。请换一个位置后重新导出。`), 0);
}
