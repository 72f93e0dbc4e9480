import { randomUUID } from 'node:crypto';
import * as vscode from 'vscode';
import { version } from '../../package.json';
import { DemoClipClient, SessionNotFoundError } from '../client';
import { startEngine, type RunningEngine } from '../engine';
import { FfmpegUnavailableError, requireFfmpeg } from '../engine/tools/ffmpegCheck';
import { showFfmpegNotice } from './ffmpegNotice';
import { ffmpegTools, readSettings, type BackendKind, type Settings } from './settings';

const CLIENT_ID_KEY = 'democlip.clientId';
const tokenKey = (backend: BackendKind) => `democlip.token.${backend}`;
const sessionKey = (backend: BackendKind) => `democlip.session.${backend}`;

export interface Ready {
  client: DemoClipClient;
  sessionId: string;
  backend: BackendKind;
}

/**
 * The one connection to the backend: starts the local engine on demand, finds the token (NEMO_TOKEN, then
 * SecretStorage, then a new anonymous one), and keeps one session per workspace. Never logs a token.
 */
export class Connection implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the session or its draft may have changed: the status bar and the panel refresh. */
  readonly onDidChange = this.changed.event;
  private readonly working = new vscode.EventEmitter<{ message: string; percent: number | null } | undefined>();
  /** Long work in chat (reading footage): the panel shows it too; undefined when it is over. */
  readonly onDidWork = this.working.event;
  private engine: Promise<RunningEngine> | undefined;
  private current: Promise<Ready> | undefined;
  private settings: Settings = readSettings();
  /** The ffmpeg notice pops up once per settings; later failures say the same in the panel, chat or status bar. */
  private ffmpegNoticeShown = false;

  constructor(private readonly context: vscode.ExtensionContext, private readonly log: vscode.LogOutputChannel) {
    context.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('democlip')) return;
        this.settings = readSettings();
        this.current = undefined;
        this.ffmpegNoticeShown = false;
        void this.stopEngine();
        this.changed.fire();
      }),
    );
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
  ready(onSetup?: (message: string) => void): Promise<Ready> {
    if (!this.current) {
      onSetup?.('Setting things up…');
      this.current = this.connect().catch((error: unknown) => {
        this.current = undefined;
        throw error;
      });
    }
    return this.current;
  }

  /** Runs `work` in the session; a session the server no longer knows is replaced once, and the user is told. */
  async inSession<T>(work: (ready: Ready) => Promise<T>): Promise<T> {
    const ready = await this.ready();
    try {
      return await work(ready);
    } catch (error) {
      if (!(error instanceof SessionNotFoundError)) throw error;
      const fresh = await this.newSession();
      void vscode.window.showWarningMessage('Demo Clip: the editing session expired on the server, so its draft is gone. A new session was started; upload your footage again.');
      return work(fresh);
    }
  }

  async newSession(): Promise<Ready> {
    const { client, backend } = await this.ready();
    const session = await client.createSession(this.settings.language);
    await this.context.workspaceState.update(sessionKey(backend), session.session_id);
    this.log.info(`New ${backend} session ${session.session_id}`);
    this.current = Promise.resolve({ client, sessionId: session.session_id, backend });
    this.changed.fire();
    return this.current;
  }

  async dispose(): Promise<void> {
    this.changed.dispose();
    this.working.dispose();
    await this.stopEngine();
  }

  private async connect(): Promise<Ready> {
    const backend = this.settings.backend;
    const baseUrl = backend === 'local' ? (await this.startEngine()).url : this.settings.apiBaseUrl;
    const envToken = process.env.NEMO_TOKEN || undefined;
    const token = envToken ?? (await this.context.secrets.get(tokenKey(backend)));
    const client = new DemoClipClient({
      baseUrl,
      version,
      platform: 'vscode',
      clientId: await this.clientId(),
      token,
      renewableToken: !envToken,
      onToken: (fresh) => void this.context.secrets.store(tokenKey(backend), fresh.token),
    });
    await client.ensureToken();
    let sessionId = this.context.workspaceState.get<string>(sessionKey(backend));
    if (sessionId) {
      // A remembered session may be gone (cloud expiry, a cleared engine store): check it once.
      sessionId = await client.state(sessionId).then(() => sessionId, (error: unknown) => {
        if (error instanceof SessionNotFoundError) return undefined;
        throw error;
      });
    }
    if (!sessionId) {
      sessionId = (await client.createSession(this.settings.language)).session_id;
      await this.context.workspaceState.update(sessionKey(backend), sessionId);
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

  private startEngine(): Promise<RunningEngine> {
    if (!this.engine) {
      const starting = this.checkAndStartEngine();
      // A failed start is tried again on next use: an ffmpeg installed meanwhile needs no reload.
      starting.catch(() => {
        if (this.engine === starting) this.engine = undefined;
      });
      this.engine = starting;
    }
    return this.engine;
  }

  /** ffmpeg is checked first, so that a first run without it gets install instructions instead of a failed render. */
  private async checkAndStartEngine(): Promise<RunningEngine> {
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
    const engine = await startEngine({ storeDir: vscode.Uri.joinPath(this.context.globalStorageUri, 'engine-store').fsPath, ...tools });
    this.log.info(`Local engine listening on ${engine.url}`);
    return engine;
  }

  private async stopEngine(): Promise<void> {
    const engine = this.engine;
    this.engine = undefined;
    if (engine) await (await engine.catch(() => undefined))?.close();
  }
}
