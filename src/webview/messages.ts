import { z } from 'zod';
import { Credits, Draft, EditOp, EXPORT_RESOLUTIONS, MediaVisualsInfo, OUTPUT_FORMATS, UploadedFile } from '../protocol';
import { PanelStrings } from './strings';

/** Every message between the panel host and the webview, one union each way, validated on both ends. */
export const ToWebview = z.discriminatedUnion('type', [
  /** First, in answer to `ready`: the panel's words in the display language (see strings.ts). */
  z.object({ type: z.literal('init'), lang: z.enum(['en', 'zh']), strings: PanelStrings }),
  z.object({
    type: z.literal('state'),
    backend: z.enum(['local', 'nemo']),
    media: z.array(UploadedFile.or(z.looseObject({}))),
    draft: Draft.nullable(),
    credits: Credits.nullable(),
    previewUrl: z.string().nullable(),
    /** Said where the preview would be when there is none for a reason other than an empty timeline. */
    previewNote: z.string().nullable().optional(),
  }),
  z.object({ type: z.literal('busy'), message: z.string(), percent: z.number().min(0).max(100).nullable() }),
  z.object({ type: z.literal('idle') }),
  z.object({ type: z.literal('error'), message: z.string() }),
  /** What the engine said about an edit the panel made (or refused): read out by screen readers, shown in the status. */
  z.object({ type: z.literal('announce'), message: z.string() }),
  /** Local engine only: what the timeline draws media with, by media id (the filmstrip as a data: URL). */
  z.object({
    type: z.literal('visuals'),
    media: z.record(z.string(), MediaVisualsInfo.extend({ filmstrip: z.string().startsWith('data:image/jpeg;base64,').nullable() })),
  }),
]);
export type ToWebview = z.infer<typeof ToWebview>;

export const FromWebview = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({ type: z.literal('refresh') }),
  z.object({ type: z.literal('upload') }),
  z.object({ type: z.literal('openChat'), prompt: z.string().max(500).optional() }),
  /** The panel's edits: the same operations a chat model sends, applied (and undone) by the engine's history. */
  z.object({ type: z.literal('edit'), ops: z.array(EditOp).min(1).max(20) }),
  z.object({
    type: z.literal('export'),
    format: z.enum(OUTPUT_FORMATS),
    resolution: z.enum(EXPORT_RESOLUTIONS),
  }),
]);
export type FromWebview = z.infer<typeof FromWebview>;
