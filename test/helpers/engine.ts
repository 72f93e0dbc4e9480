import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DemoClipClient, type ClientConfig } from '../../src/client';
import type { RequestListener } from 'node:http';
import { ENGINE_KEY_HEADER } from '../../src/protocol';
import { startEngine, type RunningEngine, type StartOptions } from '../../src/engine';
import { runTool } from '../../src/engine/tools/runTool';
import { Faults } from '../faults/faultInjection';

export interface EngineFixture {
  engine: RunningEngine;
  /** Fault injection around this engine's requests and renders: none until a test adds rules. */
  faults: Faults;
  storeDir: string;
  client(overrides?: Partial<ClientConfig>): DemoClipClient;
  /** A client with a token and a fresh session. */
  session(): Promise<{ client: DemoClipClient; sessionId: string }>;
  restart(): Promise<void>;
  close(): Promise<void>;
}

interface TestEngineOptions extends Partial<StartOptions> {
  /**
   * Stands in for the NemoVideo cloud: any client gets a token, as from the cloud, without the local engine's key
   * (the key is added to every request here, in the test, never by the engine).
   */
  asCloud?: boolean;
}

/** A real engine on loopback with its own temporary store; tests talk to it over HTTP through the real client. */
export async function startTestEngine(options: TestEngineOptions = {}): Promise<EngineFixture> {
  const { asCloud, ...engineOptions } = options;
  const storeDir = options.storeDir ?? (await mkdtemp(join(tmpdir(), 'democlip-test-')));
  const faults = new Faults(options.keepaliveMs ?? 200);
  const admitAll = (inner: RequestListener): RequestListener => (req, res) => {
    req.headers[ENGINE_KEY_HEADER] = engine.key;
    inner(req, res);
  };
  const wrapRequests = asCloud ? (inner: RequestListener) => faults.wrapRequests(admitAll(inner)) : faults.wrapRequests;
  const config = { keepaliveMs: 200, maxUploadBytes: 20 * 1024 * 1024, ...engineOptions, storeDir, wrapRequests, renderTool: faults.wrapTool(runTool) };
  let engine: RunningEngine = await startEngine(config);
  const fixture: EngineFixture = {
    get engine() {
      return engine;
    },
    faults,
    storeDir,
    client: (overrides = {}) =>
      new DemoClipClient({ baseUrl: engine.url, engineKey: engine.key, version: '0.0.0-test', platform: 'cli', clientId: randomUUID(), ...overrides }),
    async session() {
      const client = fixture.client();
      await client.ensureToken();
      const { session_id: sessionId } = await client.createSession();
      return { client, sessionId };
    },
    async restart() {
      await engine.close();
      engine = await startEngine({ ...config, port: engine.port });
    },
    async close() {
      await engine.close();
      if (!options.storeDir) await rm(storeDir, { recursive: true, force: true });
    },
  };
  return fixture;
}
