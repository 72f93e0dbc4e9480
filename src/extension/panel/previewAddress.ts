/**
 * The engine's preview URL as the panel's webview can reach it. The engine listens on 127.0.0.1 of the machine the
 * extension runs on; when that is a remote (SSH, WSL, a container, Codespaces), the webview runs elsewhere, and VS
 * Code's asExternalUri forwards the port and answers the address to use. Its origin is the only one the panel's CSP
 * lets media come from.
 */
export async function previewAddress(previewUrl: string, asExternalUri: (url: string) => Thenable<string>): Promise<{ url: string; origin: string }> {
  const engine = new URL(previewUrl);
  const external = new URL(await asExternalUri(`${engine.origin}/`));
  // The forwarded address may add a path (a proxy's /proxy/<port>/): the engine's path and its signed query go after it.
  const url = new URL(`${external.pathname.replace(/\/$/, '')}${engine.pathname}${engine.search}`, external.origin);
  return { url: url.toString(), origin: external.origin };
}
