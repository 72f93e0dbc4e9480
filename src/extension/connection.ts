import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { version } from '../../package.json';
import { DemoClipClient, SessionNotFoundError } from '../client';
import { useEngine, type EngineInUse } from '../engine';
import { FfmpegUnavailableError, requireFfmpeg } from '../engine/tools/ffmpegCheck';
import { showFfmpegNotice } from './ffmpegNotice';
import { retryUnreachable } from './reconnect';
import { ffmpegTools, readSettings, type BackendKind, type Settings } from './settings';
import { SettingsSettler } from './settleSettings';

const CLIENT_ID_KEY = 'democlip.clientId';
const tokenKey = (backend: BackendKind) => `democlip.token.${backend}`;
const sessionKey = (backend: BackendKind) => `democlip.session.${backend}`;
/** The anonymous user's id (not a secret, unlike the token): 2001's registration link names it after a restart. */
const userIdKey = (backend: BackendKind) => `democlip.userId.${backend}`;

export interface Ready {
  client: DemoClipClient;
  sessionId: string;
  backend: BackendKind;
}

/** A remembered session the backend no longer knows (expired): it was replaced by a new, empty one. */
export interface SessionLost {
  backend: BackendKind;
  lostSessionId: string;
}

/**
 * The one connection to the backend: finds the local engine that serves the store shared by every window (or starts
 * it, detached, so that it outlives this window), finds the token (NEMO_TOKEN, then SecretStorage, then a new
 * anonymous one), and keeps one session per workspace. Nothing happens before the first use: a window where Demo
 * Clip is never used has no engine, no session and no timer. Never logs a token or the engine key.
 */
export class Connection implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the session or its draft may have changed: the status bar and the panel refresh. */
  readonly onDidChange = this.changed.event;
  private readonly lost = new vscode.EventEmitter<SessionLost>();
  /** Fires when a session expired and a new one replaced it, so the user can be told and offered their footage again. */
  readonly onDidLoseSession = this.lost.event;
  /** Settings changes: the shared engine keeps running for other windows; this window lets go and reconnects on next use. */
  private readonly settler = new SettingsSettler(() => {
    this.settings = readSettings();
    this.ffmpegNoticeShown = false;
    this.disconnect();
    this.changed.fire();
  });
  private readonly working = new vscode.EventEmitter<{ message: string; percent: number | null } | undefined>();
  /** Long work in chat (reading footage): the panel shows it too; undefined when it is over. */
  readonly onDidWork = this.working.event;
  private engine: Promise<EngineInUse> | undefined;
  private current: Promise<Ready> | undefined;
  private connected: Ready | undefined;
  private settings: Settings = readSettings();
  /** The ffmpeg notice pops up once per settings; later failures say the same in the panel, chat or status bar. */
  private ffmpegNoticeShown = false;

  constructor(private readonly context: vscode.ExtensionContext, readonly log: vscode.LogOutputChannel) {
    context.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => this.settler.changed((section) => event.affectsConfiguration(section))),
    );
  }

  /** The engine store every window of this user shares (in the extension's global storage). */
  get storeDir(): string {
    return vscode.Uri.joinPath(this.context.globalStorageUri, 'engine-store').fsPath;
  }

  get backend(): BackendKind {
    return this.settings.backend;
  }

  notifyChanged(): void {
    this.changed.fire();
  }

  reportWork(work: { message: string; percent: number | null } | undefined): void {
    this.working.fire(work);
  }

  /** Connects once; later calls reuse it. `onSetup` is told when work is needed, so the UI can say "Setting things up…". */
  ready(onSetup?: () => void): Promise<Ready> {
    if (!this.current) {
      onSetup?.();
      const connecting = this.connect().then((ready) => {
        if (this.current === connecting) this.connected = ready;
        return ready;
      }, (error: unknown) => {
        if (this.current === connecting) this.current = undefined;
        throw error;
      });
      this.current = connecting;
    }
    return this.current;
  }

  /** The connection if this window already made one; never connects (the status bar must not start an engine). */
  get ifConnected(): Ready | undefined {
    return this.connected;
  }

  /**
   * Runs `work` in the session. A backend that is gone (the local engine stopped) is reconnected to and the work
   * tried once more; a session the server no longer knows is replaced once, and onDidLoseSession fires.
   */
  inSession<T>(work: (ready: Ready) => Promise<T>): Promise<T> {
    return retryUnreachable(async () => {
      const ready = await this.ready();
      try {
        return await work(ready);
      } catch (error) {
        if (!(error instanceof SessionNotFoundError)) throw error;
        const fresh = await this.newSession();
        this.lost.fire({ backend: ready.backend, lostSessionId: ready.sessionId });
        return work(fresh);
      }
    }, async () => {
      this.log.info('The backend could not be reached: reconnecting');
      this.disconnect();
    }, async () => (await this.ready()).client.credits());
  }

  async newSession(): Promise<Ready> {
    const { client, backend } = await this.ready();
    const session = await client.createSession(this.settings.language);
    await this.context.workspaceState.update(sessionKey(backend), session.session_id);
    this.log.info(`New ${backend} session ${session.session_id}`);
    this.connected = { client, sessionId: session.session_id, backend };
    this.current = Promise.resolve(this.connected);
    this.changed.fire();
    return this.current;
  }

  /** Lets go of the engine (it stays for other windows and renders, and stops by itself once nobody uses it). */
  dispose(): void {
    this.settler.cancel();
    this.changed.dispose();
    this.lost.dispose();
    this.working.dispose();
    this.disconnect();
  }

  private disconnect(): void {
    const engine = this.engine;
    this.engine = undefined;
    this.current = undefined;
    this.connected = undefined;
    void engine?.then((held) => held.attachment.detach(), () => undefined);
  }

  private async connect(): Promise<Ready> {
    const backend = this.settings.backend;
    const engine = backend === 'local' ? await this.localEngine() : undefined;
    const baseUrl = engine?.url ?? this.settings.apiBaseUrl;
    const envToken = process.env.NEMO_TOKEN || undefined;
    const token = envToken ?? (await this.context.secrets.get(tokenKey(backend)));
    const client = new DemoClipClient({
      baseUrl,
      version,
      platform: 'vscode',
      language: this.settings.language,
      clientId: await this.clientId(),
      engineKey: engine?.key,
      token,
      renewableToken: !envToken,
      userId: envToken ? undefined : this.context.globalState.get<string>(userIdKey(backend)),
      onToken: (fresh) => {
        void this.context.secrets.store(tokenKey(backend), fresh.token);
        void this.context.globalState.update(userIdKey(backend), fresh.user_id);
      },
    });
    await client.ensureToken();
    const remembered = this.context.workspaceState.get<string>(sessionKey(backend));
    let sessionId = remembered;
    if (remembered) {
      // A remembered session may be gone (cloud expiry, a cleared engine store): check it once.
      sessionId = await client.state(remembered).then(() => remembered, (error: unknown) => {
        if (error instanceof SessionNotFoundError) return undefined;
        throw error;
      });
    }
    if (!sessionId) {
      sessionId = (await client.createSession(this.settings.language)).session_id;
      await this.context.workspaceState.update(sessionKey(backend), sessionId);
      if (remembered) this.lost.fire({ backend, lostSessionId: remembered });
    }
    this.log.info(`Connected to the ${backend === 'local' ? 'local engine' : 'NemoVideo cloud'}; session ${sessionId}`);
    return { client, sessionId, backend };
  }

  private async clientId(): Promise<string> {
    let id = this.context.globalState.get<string>(CLIENT_ID_KEY);
    if (!id) {
      id = randomUUID();
      await this.context.globalState.update(CLIENT_ID_KEY, id);
    }
    return id;
  }

  private localEngine(): Promise<EngineInUse> {
    if (!this.engine) {
      const starting = this.findOrStartEngine();
      // A failed start is tried again on next use: an ffmpeg installed meanwhile needs no reload.
      starting.then((held) => {
        void held.attachment.lost.then(() => {
          if (this.engine !== starting) return;
          this.log.warn(`The local engine at ${held.url} stopped; the next action connects again.`);
          this.engine = undefined;
          this.current = undefined;
          this.connected = undefined;
        });
      }, () => {
        if (this.engine === starting) this.engine = undefined;
      });
      this.engine = starting;
    }
    return this.engine;
  }

  /**
   * The engine every window shares (its store is in global storage). ffmpeg is checked first, so that a first run
   * without it gets install instructions instead of a failed render; it is this window's setting that is checked,
   * also when an engine already runs (that one keeps the ffmpeg it was started with).
   */
  private async findOrStartEngine(): Promise<EngineInUse> {
    const storeDir = this.storeDir;
    const tools = ffmpegTools(this.settings);
    try {
      this.log.info(`ffmpeg ${await requireFfmpeg(tools)}`);
    } catch (error) {
      if (error instanceof FfmpegUnavailableError && !this.ffmpegNoticeShown) {
        this.ffmpegNoticeShown = true;
        void showFfmpegNotice(error);
      }
      throw error;
    }
    const started = Date.now();
    const engine = await useEngine(storeDir, {
      // VS Code's own binary runs the packaged CLI as plain Node: no other Node is needed on the machine.
      command: process.execPath,
      args: [vscode.Uri.joinPath(this.context.extensionUri, 'dist', 'cli.js').fsPath],
      env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
      serveArgs: ['--ffmpeg', tools.ffmpeg, '--ffprobe', tools.ffprobe],
    });
    this.log.info(`${engine.started ? 'Started' : 'Joined'} the local engine at ${engine.url} (pid ${engine.pid}) in ${Date.now() - started} ms`);
    return engine;
  }
}
