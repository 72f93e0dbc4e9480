import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { editOpsMessage, isExportable, langOf, outputLabel, type EditOp, type ExportResolution, type OutputFormatName, type UploadedFile } from '../../protocol';
import { FromWebview, type ToWebview } from '../../webview/messages';
import type { DemoClipClient } from '../../client';
import type { Connection } from '../connection';
import { messageOf } from '../errors';
import { panelContent } from './panelState';
import { panelHtml } from './panelHtml';
import { mediaVisualsOf, type VisualsByMedia } from './panelVisuals';
import { panelInit } from './panelStrings';
import { previewAddress } from './previewAddress';
import { display, displayText } from '../l10n';

const externalUri = async (url: string) => (await vscode.env.asExternalUri(vscode.Uri.parse(url))).toString(true);

const PANEL_VIEW_TYPE = 'democlip.panel';

/**
 * The "Demo Clip" panel: media, the timeline drawn from the draft, a preview, credits and Export. One panel at a
 * time (createOrShow); restored after a reload by the serializer; every message is validated both ways.
 */
export class TimelinePanel implements vscode.Disposable {
  static current: TimelinePanel | undefined;
  private readonly posted = new vscode.EventEmitter<ToWebview>();
  /** Fires with each message sent to the webview; keeps none (the host tests listen to see what the webview got). */
  readonly onDidPost = this.posted.event;
  private readonly disposables: vscode.Disposable[] = [this.posted];
  /** Bumped by every refresh, so that a slow preview from an older draft never replaces a newer one. */
  private generation = 0;
  /** Where the webview reaches the engine (asExternalUri); the page's CSP allows media from there alone. */
  private mediaOrigin: string | undefined;
  /** The panel's edits, one after another: a fast Ctrl+Z Ctrl+Z is two undos in order, never two at once. */
  private edits: Promise<void> = Promise.resolve();
  private readonly visuals = new Map<string, VisualsByMedia[string]>();

  static createOrShow(context: vscode.ExtensionContext, connection: Connection, actions: PanelActions): TimelinePanel {
    if (TimelinePanel.current) {
      TimelinePanel.current.panel.reveal();
      return TimelinePanel.current;
    }
    const panel = vscode.window.createWebviewPanel(PANEL_VIEW_TYPE, 'Demo Clip', vscode.ViewColumn.Active, panelOptions(context));
    return (TimelinePanel.current = new TimelinePanel(panel, context, connection, actions));
  }

  static restore(panel: vscode.WebviewPanel, context: vscode.ExtensionContext, connection: Connection, actions: PanelActions): TimelinePanel {
    panel.webview.options = panelOptions(context);
    return (TimelinePanel.current = new TimelinePanel(panel, context, connection, actions));
  }

  private constructor(
    readonly panel: vscode.WebviewPanel,
    private readonly context: vscode.ExtensionContext,
    private readonly connection: Connection,
    private readonly actions: PanelActions,
  ) {
    panel.iconPath = new vscode.ThemeIcon('device-camera-video');
    panel.webview.html = this.html();
    this.disposables.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((raw) => void this.receive(raw)),
      connection.onDidChange(() => void this.refresh()),
      connection.onDidWork((work) => void this.post(work ? { type: 'busy', ...work } : { type: 'idle' })),
    );
  }

  async refresh(): Promise<void> {
    const generation = ++this.generation;
    try {
      // Through inSession: a local engine that stopped (a reload) is restarted here, not reported as a raw port.
      const { ready, state, credits } = await this.connection.inSession(async (ready) => {
        const [{ state }, credits] = await Promise.all([ready.client.state(ready.sessionId), ready.client.credits().catch(() => null)]);
        return { ready, state, credits };
      });
      const { client, sessionId, backend } = ready;
      if (backend === 'local' && (await this.reachEngineFrom(client.baseUrl))) return; // the page reloads, then asks again
      const { media, draft, previewNote } = panelContent(backend, state, () => this.actions.knownUploads(sessionId), displayText());
      const message = { type: 'state', backend, media, draft, credits, previewUrl: null, previewNote } as const;
      await this.post(message);
      if (backend === 'local') void this.postVisuals(client, state.video_infos.flatMap((file) => (typeof file.id === 'string' ? [file.id] : [])));
      // The local engine renders a small preview the webview can play (H.264 + Opus: webviews play no AAC). The cloud
      // has no preview endpoint; its clip is seen after export.
      if (backend !== 'local' || !draft || !isExportable(draft)) return;
      await this.post({ type: 'busy', message: vscode.l10n.t('Rendering the preview…'), percent: null });
      const previewUrl = await client.previewUrl(sessionId, {
        onProgress: (status) => void (generation === this.generation && this.post({ type: 'busy', message: vscode.l10n.t('Rendering the preview…'), percent: status.progress })),
      });
      if (generation !== this.generation) return; // a newer refresh is on its way
      await this.post({ ...message, previewUrl: (await previewAddress(previewUrl, externalUri)).url });
      await this.post({ type: 'idle' });
    } catch (error) {
      if (generation === this.generation) await this.post({ type: 'error', message: messageOf(error) });
    }
  }

  /**
   * Sets the page's media origin to where the webview reaches this engine (a forwarded port when remote). True when
   * that changed the page: it reloads, and its "ready" brings a fresh refresh.
   */
  private async reachEngineFrom(engineUrl: string): Promise<boolean> {
    const { origin } = await previewAddress(engineUrl, externalUri);
    if (origin === this.mediaOrigin) return false;
    this.mediaOrigin = origin;
    this.panel.webview.html = this.html();
    return true;
  }

  async post(message: ToWebview): Promise<void> {
    this.posted.fire(message);
    await this.panel.webview.postMessage(message);
  }

  private async receive(raw: unknown): Promise<void> {
    const parsed = FromWebview.safeParse(raw);
    if (!parsed.success) return; // a webview only sends what its script can build; anything else is ignored
    const message = parsed.data;
    switch (message.type) {
      case 'ready':
        await this.post(panelInit(display, langOf(vscode.env.language)));
        return this.refresh();
      case 'refresh':
        return this.refresh();
      case 'upload':
        return void vscode.commands.executeCommand('democlip.upload');
      case 'openChat':
        return void vscode.commands.executeCommand('workbench.action.chat.open', { query: `@democlip ${message.prompt ?? ''}` });
      case 'edit':
        return (this.edits = this.edits.then(() => this.edit(message.ops)));
      case 'export':
        await this.post({ type: 'busy', message: vscode.l10n.t('Exporting {0}…', outputLabel({ ...message, quality: 'high' })), percent: null });
        try {
          await this.actions.export({ format: message.format, resolution: message.resolution, quality: 'high' });
          await this.post({ type: 'idle' });
        } catch (error) {
          await this.post({ type: 'error', message: messageOf(error) });
        }
    }
  }

  /**
   * The filmstrip and waveform of each media item, asked of the engine once per item (the engine makes them once per
   * file content) and kept for the panel's life. The cloud has none: the timeline then draws plain segments.
   */
  private async postVisuals(client: DemoClipClient, mediaIds: string[]): Promise<void> {
    try {
      await this.post({ type: 'visuals', media: await mediaVisualsOf(client, mediaIds, this.visuals) });
    } catch (error) {
      // Pictures are a help, not the timeline: without them the segments are drawn plain, and the log says why.
      this.connection.log.warn(`The timeline's filmstrip and waveform: ${messageOf(error)}`);
    }
  }

  /**
   * A panel edit goes to the engine as a chat message of operations, exactly as a chat model's tool call does: the
   * engine's history then holds it, so "undo" in chat undoes a drag. What the engine says about it is announced.
   */
  private async edit(ops: EditOp[]): Promise<void> {
    try {
      const said = await this.connection.inSession(async ({ client, sessionId }) => {
        const lines: string[] = [];
        for await (const event of client.chat(sessionId, editOpsMessage(ops))) {
          if (event.kind === 'text' && !event.partial) lines.push(event.text);
          if (event.kind === 'error') throw new Error(event.message);
        }
        return lines.join(' ');
      });
      if (said) await this.post({ type: 'announce', message: said });
    } catch (error) {
      await this.post({ type: 'error', message: messageOf(error) });
    }
    this.connection.notifyChanged();
  }

  private html(): string {
    const webview = this.panel.webview;
    const asset = (...path: string[]) => webview.asWebviewUri(vscode.Uri.joinPath(this.context.extensionUri, ...path)).toString();
    return panelHtml({
      cspSource: webview.cspSource,
      nonce: randomBytes(16).toString('base64'),
      scriptUri: asset('dist', 'webview.js'),
      styleUri: asset('media', 'panel.css'),
      mediaOrigin: this.mediaOrigin,
      lang: langOf(vscode.env.language) === 'zh' ? 'zh-CN' : 'en',
    });
  }

  dispose(): void {
    if (TimelinePanel.current === this) TimelinePanel.current = undefined;
    this.disposables.forEach((d) => d.dispose());
    this.panel.dispose();
  }
}

export interface PanelActions {
  export(output: { format: OutputFormatName; resolution: ExportResolution; quality: 'high' }): Promise<unknown>;
  /** The files this extension uploaded to a session (name, type, length): what the panel lists when the state has none. */
  knownUploads(sessionId: string): UploadedFile[];
}

function panelOptions(context: vscode.ExtensionContext): vscode.WebviewPanelOptions & vscode.WebviewOptions {
  return {
    enableScripts: true,
    retainContextWhenHidden: false,
    localResourceRoots: [vscode.Uri.joinPath(context.extensionUri, 'dist'), vscode.Uri.joinPath(context.extensionUri, 'media')],
  };
}

/** Brings the panel back after a reload, with the webview's own saved state shown until fresh state arrives. */
export function registerPanelSerializer(context: vscode.ExtensionContext, connection: Connection, actions: PanelActions): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(PANEL_VIEW_TYPE, {
    deserializeWebviewPanel: async (panel) => {
      TimelinePanel.restore(panel, context, connection, actions);
    },
  });
}
