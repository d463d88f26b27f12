export * from './territory';
export * from './institutions';
export * from './users';
export * from './audit';
export * from './model';
export * from './implementations';
export * from './documents';
export * from './pzk';
