import { nothing, notSure, sure } from './phrasingTable';

/**
 * Round 47, English wordings of people writing English as a second language or with local colour (held-out 42 and 41):
 * - a rename after a complaint about the title ("the title wrong, change to …", 标题错了，改成…; the text named before
 *   the verb: "title change to …"), and what the title should say with no colon, when typed as a title is written ("… should say Open
 *   All Year"; "… should say Free parking" may tell the story: not sure);
 * - the stretches where nothing happens, named without a verb of their own, then "cut out all" ("all" alone is what goes
 *   only after a part named);
 * - one voice or sound of someone else taken out of the recording ("remove my neighbour's voice from the background"):
 *   nothing the editor can do, no mute ("mute the recording" stays one);
 * - a switch said after the setting it turns ("auto zoom turn off please", "ducking switch off"), as it is said in
 *   many languages: that setting switched so, never the other way;
 * - ducking switched off with the music said to stay level ("…, the music always same level stay") is that ducking, no
 *   music added; a courtesy before the music's level ("Please, the music a little quieter") adds none;
 * - an age group ("the under 16s game", "U12s", "over-50s") is no length; "1 minute and half" before what the clip is of
 *   is 90 seconds.
 * Own wordings (not the sets' lines), against a draft of 3 moments and 1 text, no music; and look-alikes.
 */
describe('edit agent: round 47, English of many places (renames, dead air, ducking, zoom off, lengths)', () => {
  describe('a rename after a complaint, and what the title should say typed as a title', () => {
    const renamed = (text: string) => [{ op: 'edit_text' as const, text }];
    sure([
      ['aiyo the title wrong, change to Nasi Lemak Corner', renamed('Nasi Lemak Corner')],
      ['the title spelling is off, change to Harbour Walk Tours', renamed('Harbour Walk Tours')],
      ['title change to Spring Open Day', renamed('Spring Open Day')],
      ['the caption change it to 3 Easy Steps', renamed('3 Easy Steps')],
      ['right, now the title should say Fresh Bread Daily', renamed('Fresh Bread Daily')],
      ['the title should read Day of the Dead', renamed('Day of the Dead')],
      ['the title has to say Summer Fair 2027', renamed('Summer Fair 2027')],
      ['the caption must say Closed on Mondays', renamed('Closed on Mondays')],
      // In Chinese the text's noun runs on into the change.
      ['标题错了，改成开心农场', renamed('开心农场')],
      ['字幕不对，换成欢迎光临', renamed('欢迎光临')],
    ]);
    // Words not typed as a title (a story's figure, a sentence), a look, or what the title says now stay unread.
    notSure(['the title should say Free parking', 'we walked 5 miles, the title should say 5 miles', 'the title should say open all year',
      'the title should say Hello', 'the title wrong, change to red', '标题错了，改成红色', '标题不好看，改成大一点', 'the title should read better', 'the title says Open All Year']);
    nothing(['the music is wrong, change to Upbeat Mix']);
  });

  describe('the stretches where nothing happens, then "cut out all"', () => {
    const deadAir = [{ op: 'remove_dead_air' as const }];
    sure([
      ['the part where nothing happen, remove all', deadAir],
      ['the bits where nobody moving, cut out all', deadAir],
      ['the parts with no action, cut all of them', deadAir],
      ['the part where no action, take out all please', deadAir],
      ['cut out the parts where no action', deadAir],
    ]);
    // "all" alone after an addition, or after a part that is no stretch of the kind, is not guessed at.
    notSure(['add music, remove all', 'the part where i talk, cut out all', 'cut out all']);
  });

  describe("one voice or sound of someone else taken out: nothing the editor can do", () => {
    nothing(["could you take out my colleague's voice from the background?", "remove the kids' voices", 'remove the voices in the background',
      'get rid of the dog barking', 'cut out the baby crying please', 'remove the people talking in the background', '把背景里同事的声音去掉', '去掉狗叫声']);
    // The recording's own sound, or the user's own voice, is still muted.
    const muted = [{ op: 'set_source_volume' as const, volume: 0 }];
    sure([
      ['mute the recording', muted],
      ['remove my voice', muted],
      ["remove the video's sound", muted],
      ["mute my neighbour's voice", muted],
      ['去掉原声', muted],
    ]);
  });

  describe('a switch said after the setting it turns', () => {
    sure([
      ['Auto zoom switch off please, my eyes hurt', [{ op: 'set_zoom', mode: 'off' }]],
      ['the zoom turn it off', [{ op: 'set_zoom', mode: 'off' }]],
      ['auto zoom turn on please', [{ op: 'set_zoom', mode: 'auto' }]],
      ['ducking turn off please', [{ op: 'set_ducking', duck: false }]],
      ['the ducking switch on', [{ op: 'set_ducking', duck: true }]],
      ['background music turn off', [{ op: 'remove_music' }]],
      ['自动缩放关掉', [{ op: 'set_zoom', mode: 'off' }]],
      // With when after it, the music turned off while someone talks is its ducking, not its removal.
      ['the music turn off when I talk', [{ op: 'set_ducking', duck: true }]],
    ]);
  });

  describe("ducking off with the music said to stay level; a courtesy before the music's level", () => {
    const noDuck = [{ op: 'set_ducking' as const, duck: false }];
    sure([
      ['Ducking off please, the music always one level stay', noDuck],
      ['no ducking, the music stays flat', noDuck],
      ['turn off the ducking, music remains constant', noDuck],
      ['ducking off, the music stays the same level', noDuck],
      ['Please, the music a bit louder.', [{ op: 'set_music_volume', change: 'louder' }]],
      ['pls, music a little quieter', [{ op: 'set_music_volume', change: 'quieter' }]],
      // Music asked for before the pause is still added, then changed.
      ['please, some music, a bit quieter', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'set_music_volume', change: 'quieter' }]],
      ['music please, a bit louder', [{ op: 'add_music', track: 'lofi', volume: 0.35, duck: true }, { op: 'set_music_volume', change: 'louder' }]],
      // The video's sound off with the music alone left stays a mute.
      ['Turn the video sound off, only the music', [{ op: 'set_source_volume', volume: 0 }]],
    ]);
  });

  describe('an age group is no length; a minute and half before what the clip is of', () => {
    const clip = (ms: number) => [{ op: 'compile_best_moments' as const, target_ms: ms }];
    sure([
      ["need a 45 sec highlights reel from Sunday's under 12s match", clip(45000)],
      ['make a 30 second video of our under-14s team', clip(30000)],
      ['20 sec clip of the over 50s', clip(20000)],
      ['I need video of 2 minutes and half from the best bits of the farm tour', clip(150000)],
      ['a video of 1 minute and half about our bakery', clip(90000)],
      // A cap said in seconds is still a length.
      ['keep it under 16s', clip(16000)],
      ['make it under 20s please', clip(20000)],
      // "it's" is no day's: the cap after it is the length.
      ["make sure it's under 45s", clip(45000)],
      ["cut it so it's under 30s", clip(30000)],
    ]);
    notSure(['make a clip of the under 16s game']);
  });
});
