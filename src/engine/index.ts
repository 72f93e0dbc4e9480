export { startEngine, type RunningEngine, type StartOptions } from './server';
