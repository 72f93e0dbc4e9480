import { z } from 'zod';
import { ASPECTS, BACKGROUNDS, CARD_KINDS, EXPORT_RESOLUTIONS, FILLS, MUSIC_BEDS, OUTPUT_FORMATS, POSITIONS, TEXT_MOTIONS, TEXT_STYLES, ZOOM_MODES } from './vocabulary';

/** The shortest an edit may leave a moment: the engine refuses less, the panel's drags stop there. */
export const SHORTEST_MOMENT_MS = 500;

const ms = (what: string) => z.number().int().nonnegative().describe(`${what}, in milliseconds`);
const index = (what: string) => z.number().int().positive().describe(`${what}, numbered from 1 in timeline order`);

/**
 * The edit operations of the local engine's agent: what a user's sentence becomes. One union serves the engine's
 * own parser, its executor, and a chat model's tools (the extension sends a JSON list of operations as the chat
 * message; the engine validates it with these same schemas). Times are milliseconds on the timeline; moments and
 * texts are numbered from 1 in timeline order.
 */
export const EditOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('compile_best_moments'), target_ms: ms('Length of the clip').positive() })
    .describe('Keep the best moments of the footage (speech, on-screen activity) and cut them into a clip of about this length.'),
  z.object({ op: z.literal('remove_dead_air') })
    .describe('Keep everything with speech or on-screen activity; cut only static, silent stretches. No target length.'),
  z.object({ op: z.literal('speed_up_idle'), factor: z.number().min(1.5).max(16).default(4) })
    .describe('Keep all of the footage, but play idle stretches (static and silent) faster, e.g. 4x.'),
  z.object({ op: z.literal('keep_everything') })
    .describe('Put every selected file on the timeline whole, uncut, at normal speed.'),
  z.object({ op: z.literal('use_sources'), files: z.array(z.string()).min(1) })
    .describe('Restrict the clip to some uploaded files: file names, or "first", "second", "last", "2" (upload order).'),

  z.object({
    op: z.literal('set_aspect'),
    aspect: z.enum(ASPECTS),
    fill: z.enum(FILLS).optional().describe('How footage of another shape fills the frame; default blur for vertical'),
  }).describe('Change the frame shape: 16:9 landscape, 9:16 vertical (TikTok, Reels, Shorts), 1:1 square, 4:5 portrait feed.'),
  z.object({ op: z.literal('set_fill'), fill: z.enum(FILLS) })
    .describe('How footage of another shape fills the frame: blurred background, letterbox bars, crop to the centre, or a crop that follows the action.'),
  z.object({ op: z.literal('set_zoom'), mode: z.enum(ZOOM_MODES) })
    .describe('Zoom onto the action found in the frames (typing, the pointer, clicks): "auto" turns it on (9:16 and 1:1 then follow the action), "less" / "more" zoom out / in, "off" shows the whole frame.'),
  z.object({ op: z.literal('zoom_at'), start_ms: ms('When the zoom starts on the timeline'), duration_ms: ms('How long it holds').min(1000).default(3000) })
    .describe('Zoom in on the action at one time of the clip, e.g. "zoom in on the form at 0:12 for 3 seconds".'),
  z.object({ op: z.literal('set_resolution'), resolution: z.enum(EXPORT_RESOLUTIONS) })
    .describe('Output resolution (the short side: 720, 1080 or 2160 pixels).'),

  z.object({
    op: z.literal('add_text'),
    text: z.string().min(1).max(300),
    start_ms: ms('When the text appears').optional(),
    end_ms: ms('When the text disappears').optional(),
    duration_ms: ms('How long it shows').optional(),
    anchor: z.enum(['start', 'end']).optional().describe('At the start or at the end of the clip, when no times are given'),
    position: z.enum(POSITIONS).optional(),
    style: z.enum(TEXT_STYLES).default('title'),
    motion: z.enum(TEXT_MOTIONS).optional().describe('How it comes in and goes out: fade (default) or slide'),
  }).describe('Add a title, caption or lower third (two lines: "Name, role"), on a rounded backdrop.'),
  z.object({
    op: z.literal('edit_text'),
    index: index('Which text').optional().describe('Which text (from 1); the last one added when absent'),
    text: z.string().min(1).max(300).optional(),
    start_ms: ms('New start').optional(),
    end_ms: ms('New end').optional(),
    position: z.enum(POSITIONS).optional(),
  }).describe('Change the words, timing or position of a text.'),
  z.object({ op: z.literal('remove_text'), index: index('Which text').optional().describe('Absent: every text') })
    .describe('Remove one text, or all of them.'),

  z.object({
    op: z.literal('set_background'),
    background: z.string().default('aurora')
      .describe(`A built-in gradient (${BACKGROUNDS.join(', ')}), an uploaded image's file name, or "image" for the latest uploaded image`),
  }).describe('Set the recording on a background, with padding, rounded corners and a soft shadow.'),
  z.object({ op: z.literal('remove_background') }).describe('Show the recording full frame again, without a background.'),
  z.object({
    op: z.literal('add_card'),
    card: z.enum(CARD_KINDS),
    text: z.string().min(1).max(120),
    duration_ms: ms('How long the card shows').min(500).max(10_000).default(2000),
  }).describe('A full-frame card before the footage (intro) or after it (outro); the clip gets longer by its length.'),
  z.object({ op: z.literal('remove_card'), card: z.enum(CARD_KINDS).optional().describe('Absent: both') })
    .describe('Remove the intro card, the outro card, or both.'),

  z.object({
    op: z.literal('add_music'),
    track: z.string().describe(`A built-in bed (${MUSIC_BEDS.join(', ')}) or an uploaded audio file's name`),
    volume: z.number().min(0).max(2).default(0.35).describe('Gain, 1 = as is; 0.35 = 35 %'),
    duck: z.boolean().default(true).describe('Lower the music under speech'),
  }).describe('Add background music under the whole clip.'),
  z.object({
    op: z.literal('set_music_volume'),
    volume: z.number().min(0).max(2).optional(),
    change: z.enum(['quieter', 'louder']).optional(),
  }).describe('Set the music volume, or make it quieter / louder.'),
  z.object({ op: z.literal('set_ducking'), duck: z.boolean() }).describe('Turn ducking of the music under speech on or off.'),
  z.object({ op: z.literal('remove_music') }).describe('Remove the background music.'),
  z.object({
    op: z.literal('set_source_volume'),
    volume: z.number().min(0).max(2).optional(),
    change: z.enum(['quieter', 'louder']).optional(),
  }).describe("Set the footage's own sound (0 mutes, 1 as recorded), or make it quieter / louder: one of the two.")
    // A tool call with neither would be planned as one way and applied as the other.
    .refine((sound) => (sound.volume === undefined) !== (sound.change === undefined), { message: 'Give either volume or change' }),

  z.object({
    op: z.literal('fade'),
    in_ms: ms('Fade in').optional(),
    out_ms: ms('Fade out').optional(),
    target: z.enum(['clip', 'music']).default('clip'),
  }).describe('Fade the clip (picture and sound) or the music in and/or out; 0 removes a fade.'),
  z.object({ op: z.literal('crossfade'), ms: ms('Crossfade length (0 = hard cuts)') })
    .describe('Crossfade between consecutive moments.'),
  z.object({ op: z.literal('remove_moment'), index: index('Which moment') }).describe('Remove one moment from the clip.'),
  z.object({ op: z.literal('move_moment'), index: index('Which moment'), to: index('Its new place') })
    .describe('Move a moment to another place in the clip.'),
  z.object({
    op: z.literal('trim_moment'),
    index: index('Which moment'),
    by_ms: ms('Make it this much shorter').optional(),
    to_ms: ms('Make it this long').optional(),
  }).describe('Make a moment shorter (from its end).'),
  z.object({
    op: z.literal('set_moment_range'),
    index: index('Which moment'),
    in_ms: ms('Where it starts in its source file'),
    out_ms: ms('Where it ends in its source file'),
  }).describe('Set exactly which part of its source file a moment plays (trim or extend either edge); the clip closes up around it.'),
  // "cut the last 10 seconds": a stretch counted back from the clip's end, which only the draft knows. A flag on
  // cut_range, no operation of its own: it is the same edit (a stretch of the timeline cut out), only measured from the
  // other end, and whatever sorts, labels or orders cuts by their kind takes it as one already.
  z.object({
    op: z.literal('cut_range'),
    start_ms: ms('From'),
    end_ms: ms('To'),
    from_end: z.boolean().optional()
      .describe('Both times count back from the end of the clip: the last 10 seconds are start_ms 10000, end_ms 0'),
  }).refine((cut) => !cut.from_end || cut.start_ms > cut.end_ms, { message: 'From the end, start_ms is farther back' })
    .describe('Cut a stretch of the timeline out, e.g. from 0:10 to 0:15, or the last 10 seconds (from_end).'),
  z.object({ op: z.literal('set_speed'), factor: z.number().min(0.25).max(16), index: index('Which moment').optional() })
    .describe('Play the whole clip, or one moment, faster or slower (1.5 = 1.5x).'),

  z.object({ op: z.literal('undo') }).describe('Undo the last edit.'),
  z.object({ op: z.literal('redo') }).describe('Redo the last undone edit.'),
  z.object({ op: z.literal('start_over') }).describe('Empty the timeline (uploads stay).'),
  z.object({ op: z.literal('show_tracks') }).describe('Describe every track of the timeline.'),
  z.object({
    op: z.literal('export'),
    format: z.enum(OUTPUT_FORMATS).default('mp4'),
    resolution: z.enum(EXPORT_RESOLUTIONS).optional(),
  }).describe('The user wants the video file: the client runs the export.'),
]);
export type EditOp = z.infer<typeof EditOp>;
export type CutRange = Extract<EditOp, { op: 'cut_range' }>;

/** How long a cut stretch is, whichever end its times count from ("the last 10 seconds": 10000 to 0, 10 s). */
export const cutLengthMs = (cut: CutRange): number => Math.abs(cut.end_ms - cut.start_ms);

/**
 * A chat message may carry operations instead of words: a JSON list (or one object) of EditOp. This is how a chat
 * model's tool calls reach the engine through the ordinary chat endpoint.
 */
export const EditOpMessage = z.union([EditOp, z.array(EditOp).min(1)]);

export function editOpsMessage(ops: EditOp[]): string {
  return JSON.stringify(ops);
}

/**
 * The edit operations as one language model tool (contributed in package.json's `languageModelTools`, so agent mode
 * can call it too): its name, its input, and that input as the JSON schema the manifest declares (a test holds the
 * manifest to this, so the two cannot drift).
 */
export const EDIT_TOOL_NAME = 'democlip_edit_timeline';
export const EditToolInput = z.object({ ops: z.array(EditOp).min(1).describe('The edits, applied in this order') });
export type EditToolInput = z.infer<typeof EditToolInput>;

/** What a caller may send: the input side of the schema (fields with a default are optional). */
export function editToolInputSchema(): object {
  const { $schema: _dialect, ...schema } = z.toJSONSchema(EditToolInput, { io: 'input' });
  return schema;
}
