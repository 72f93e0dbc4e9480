import { nothing, sure, table } from './phrasingTable';

/**
 * File formats listed one after another ("export mp4, mov and gif", "导出mp4、webm、gif"): a file of each, in the order
 * said, none lost to the one named last; a format said alone after an export still names that export's kind.
 */
const file = (format: 'mp4' | 'mov' | 'webm' | 'gif') => ({ op: 'export' as const, format });

describe('edit agent: file formats listed, a file each', () => {
  describe('formats joined by commas, slashes or "and" are a file each, in order', () => {
    sure([
      ['export mp4, mov and gif', [file('mp4'), file('mov'), file('gif')]],
      ['export an mp4, a mov and a gif', [file('mp4'), file('mov'), file('gif')]],
      ['export mp4, webm, gif', [file('mp4'), file('webm'), file('gif')]],
      ['render mp4, gif and webm for the site', [file('mp4'), file('gif'), file('webm')]],
      ['export mp4/webm', [file('mp4'), file('webm')]],
      ['导出mp4、mov和gif', [file('mp4'), file('mov'), file('gif')]],
      ['导出mp4、webm、gif', [file('mp4'), file('webm'), file('gif')]],
    ]);
  });

  describe('a format said alone after one export is that export\'s; a format refused or replaced is not made', () => {
    table([
      ['export it, webm', [file('webm')]],
      ['export mov, not mp4', [file('mov')]],
      ['export as mp4 instead of mov', [file('mp4')]],
    ]);
    nothing(['mp4 or mov, which is smaller?']);
  });
});
