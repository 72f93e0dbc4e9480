import { connect } from 'node:net';

export interface RawAnswer {
  /** The status code of the first response line, or undefined when the engine closed without answering. */
  status?: number;
  text: string;
}

/**
 * Sends bytes exactly as given (no client library would send a broken request line) and reads until the engine
 * closes the connection or `timeoutMs` passes.
 */
export function rawRequest(port: number, bytes: string | Buffer, timeoutMs = 10_000): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    const chunks: Buffer[] = [];
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(text);
      resolve({ status: match ? Number(match[1]) : undefined, text });
    };
    const timer = setTimeout(finish, timeoutMs);
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('end', finish);
    socket.on('error', finish);
    // Written, not ended: a half-closed connection makes Node drop the request before answering.
    socket.on('connect', () => socket.write(bytes));
  });
}

/** A request line plus the headers a well-behaved client sends, closing after one answer. */
export function requestText(port: number, requestLine: string, headers: string[] = [], body = ''): string {
  const lines = [requestLine, `Host: 127.0.0.1:${port}`, 'Connection: close', ...headers];
  if (body) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return `${lines.join('\r\n')}\r\n\r\n${body}`;
}
