/** Vitest setup: property tests explore new random cases locally, but CI replays one fixed seed so a landing is repeatable. */
import fc from 'fast-check';

if (process.env.CI) fc.configureGlobal({ seed: 20261127 });
