import { createServer, type AddressInfo } from 'node:net';

/** A port on 127.0.0.1 that nothing listens on right now (for code-server, or a desktop VS Code's DevTools). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
