import type { MethodSpec } from './contract';
import type { z } from 'zod';

// Filled in by the images work; empty tables keep the contract compiling meanwhile.
export const imagesMethods = {} satisfies Record<string, MethodSpec>;
export const imagesEvents = {} satisfies Record<string, z.ZodType>;
