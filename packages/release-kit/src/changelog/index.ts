// The changelog domain: parse CHANGELOG.md, prepare a release section, extract one for the notes.
export * from './parse.js';
export * from './prepare.js';
