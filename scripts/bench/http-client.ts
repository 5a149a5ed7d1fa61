/**
 * A minimal HTTP/1.1 JSON client over keep-alive sockets that also counts the bytes each
 * request and response took on the wire (headers included), from the socket's own counters.
 */
import http from 'node:http';

export interface Exchange<T> {
  status: number;
  body: T;
  ms: number;
  bytesUp: number;
  bytesDown: number;
}

export function keepAliveAgent(maxSockets = 64): http.Agent {
  return new http.Agent({ keepAlive: true, maxSockets, maxFreeSockets: maxSockets });
}

export function postJson<T>(
  agent: http.Agent,
  url: string,
  payload: unknown,
  headers: Record<string, string> = {},
): Promise<Exchange<T>> {
  const body = Buffer.from(JSON.stringify(payload));
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': body.length, ...headers },
      },
      (response) => {
        const socket = response.socket;
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          const ms = performance.now() - started;
          const bytesUp = socket.bytesWritten - writtenBefore;
          const bytesDown = socket.bytesRead - readBefore;
          let parsed: unknown = text;
          try {
            parsed = text ? JSON.parse(text) : undefined;
          } catch {
            // not JSON: keep the text for the error message
          }
          resolve({ status: response.statusCode ?? 0, body: parsed as T, ms, bytesUp, bytesDown });
        });
      },
    );
    let writtenBefore = 0;
    let readBefore = 0;
    request.on('socket', (socket) => {
      writtenBefore = socket.bytesWritten;
      readBefore = socket.bytesRead;
    });
    request.on('error', reject);
    request.end(body);
  });
}
