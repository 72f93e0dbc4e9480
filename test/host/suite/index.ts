// The extension host loads this module (extensionTestsPath) and awaits run(): the tests of the extension under
// development (loaded from this repository), in this folder.
import { runTestsIn } from '../mochaInHost';

export const run = () => runTestsIn(__dirname);
