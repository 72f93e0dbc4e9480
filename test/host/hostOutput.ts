// The workbench hands the runner the extension host's console and its own log through one channel
// (codeAutomationLog), and its own log is long and, offline, noisy (sign-in, extension gallery, agent host).
// So the suite marks every line the extension host writes, and the runner shows those, the rest only with VERBOSE=1.
export const HOST_LINE_MARK = '\u2063'; // invisible separator: harmless if a marked line is ever shown as is
