export * from './contract';
export * from './errors';
export * from './methods';
export * from './events';
export * from './dispatch';
export * from './app.api';
export * from './settings.api';
export * from './hub.api';
