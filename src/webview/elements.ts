// VS Code's own webview components (the maintained successor of the webview-ui-toolkit), only those the panel uses:
// they cost about 90 KB of the minified script (22 KB gzipped), and draw buttons, dropdowns, badges and progress
// the way the workbench does, from the theme's variables.
import '@vscode-elements/elements/dist/vscode-badge/index.js';
import '@vscode-elements/elements/dist/vscode-button/index.js';
import '@vscode-elements/elements/dist/vscode-option/index.js';
import '@vscode-elements/elements/dist/vscode-progress-bar/index.js';
import '@vscode-elements/elements/dist/vscode-single-select/index.js';
