export { startEngine, StoreOwnedError, type RunningEngine, type StartOptions } from './server';
export { findEngine, useEngine, type Attachment, type EngineAddress, type EngineInUse, type ServeCommand } from './storeOwner';
export type { EngineConfig } from './config';
