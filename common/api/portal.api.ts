import type { MethodSpec } from './contract';
import type { z } from 'zod';

// Filled in by the portal work; empty tables keep the contract compiling meanwhile.
export const portalMethods = {} satisfies Record<string, MethodSpec>;
export const portalEvents = {} satisfies Record<string, z.ZodType>;
