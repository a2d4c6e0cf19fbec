// The one pg-core schema of Binôme. Tables are listed in foreign-key order (parents first):
// backup and restore rely on this order.
export * from './establishments';
export * from './users';
export * from './auth';
export * from './platform';
export * from './communities';
export * from './notifications';
export * from './partnership';
export * from './experience';
