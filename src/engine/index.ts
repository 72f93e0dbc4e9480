export { startEngine, ENGINE_HOST, type RunningEngine, type StartOptions } from './server';
export type { EngineConfig } from './config';
