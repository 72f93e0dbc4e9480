import type { EngineConfig } from './config';
import type { IdempotentRequests } from './http/idempotency';
import type { RenderJobs } from './render/renderJobs';
import type { SessionLocks } from './sessionLocks';
import type { Store } from './store/store';

/** What every route handler may use. */
export interface EngineContext {
  store: Store;
  config: EngineConfig;
  jobs: RenderJobs;
  locks: SessionLocks;
  idempotent: IdempotentRequests;
  /** This run's key (see storeOwner.ts): a token is issued only to a client that presents it. */
  engineKey: string;
  /** `http://127.0.0.1:<port>`, known once the server listens. */
  baseUrl: () => string;
}
