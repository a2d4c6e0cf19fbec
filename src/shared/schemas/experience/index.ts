// The API contract of the patient-experience module (issue 5), one file per part.
export * from './common';
export * from './imports';
export * from './kiosk';
export * from './taxonomy';
export * from './dashboard';
export * from './review';
export * from './focus-groups';
