// The extension host loads this module (extensionTestsPath) and awaits run() when the runner is given --installed:
// the tests of the packaged extension, installed from its .vsix, in this folder.
import { runTestsIn } from '../mochaInHost';

export const run = () => runTestsIn(__dirname);
