import type { MethodSpec } from './contract';
import type { z } from 'zod';

// Filled in by the drafts work; empty tables keep the contract compiling meanwhile.
export const draftsMethods = {} satisfies Record<string, MethodSpec>;
export const draftsEvents = {} satisfies Record<string, z.ZodType>;
