import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A web site on 127.0.0.1 (a free port) answering with `handler`: what URL uploads fetch from in the tests. */
export async function serveSite(handler: RequestListener): Promise<{ port: number; close(): void }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: (server.address() as AddressInfo).port, close: () => void server.close() };
}
