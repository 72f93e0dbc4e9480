export * from './api';
export * from './draft';
export * from './errorCodes';
export * from './sseEvents';
export * from './outputFromText';
export * from './editOps';
export * from './defaultJob';
export * from './vocabulary';
