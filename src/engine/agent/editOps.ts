import { z } from 'zod';

/** What a user's sentence asks of the draft. One union for the parser, the executor and (later) LM tools. */
export const EditOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('compile_best_moments'), target_ms: z.number().int().positive() }),
  z.object({
    op: z.literal('export'),
    format: z.enum(['mp4', 'mov', 'webm', 'gif']).default('mp4'),
    resolution: z.enum(['540p', '720p', '1080p', '4k']).default('1080p'),
  }),
]);
export type EditOp = z.infer<typeof EditOp>;
