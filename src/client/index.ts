export * from './demoClipClient';
export * from './errors';
export * from './routeMessage';
export type { Platform } from './transport';
export * from './draftChange';
export * from './guiTranslation';
export * from './chatTurn';
export * from './exportFlow';
