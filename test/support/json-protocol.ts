// The AWS JSON 1.1 protocol as the loopback fakes speak it (fake-aws.ts, fake-identity-center.ts):
// POST, X-Amz-Target `<Prefix>.<Operation>`, Content-Type application/x-amz-json-1.1, a SigV4
// Authorization header, a JSON body; errors are `{"__type": "<Code>", "Message": "..."}`.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface JsonRequest<S extends string> {
  readonly service: S;
  readonly operation: string;
  readonly input: Record<string, any>;
}

/**
 * Reads and checks one request. `prefixes` maps target prefixes (e.g. `SWBExternalService.`) to
 * service names. Returns the request, or undefined after answering the protocol error (or, when
 * `dropped()` says so, closing the connection as a crashed server would).
 */
export async function readJsonRequest<S extends string>(
  req: IncomingMessage, res: ServerResponse, prefixes: Readonly<Record<string, S>>, dropped: () => boolean, requestId: () => string,
): Promise<JsonRequest<S> | undefined> {
  if (dropped()) return void req.socket.destroy();
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  if (dropped()) return void req.socket.destroy();
  const target = String(req.headers['x-amz-target'] ?? '');
  const prefix = Object.keys(prefixes).find((p) => target.startsWith(p));
  const operation = target.slice(target.indexOf('.') + 1);
  const fail = (type: string, message: string) => void sendJson(res, 400, { __type: type, Message: message }, requestId());
  let input: Record<string, any> = {};
  try {
    input = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
  } catch {
    return fail('SerializationException', 'Request body is not JSON');
  }
  if (req.method !== 'POST' || prefix === undefined) return fail('UnknownOperationException', `Unknown target ${target}`);
  if (!String(req.headers['content-type'] ?? '').startsWith('application/x-amz-json-1.1')) return fail('SerializationException', 'Content-Type must be application/x-amz-json-1.1');
  if (!String(req.headers.authorization ?? '').startsWith('AWS4-HMAC-SHA256 ')) return fail('MissingAuthenticationTokenException', 'Missing Authentication Token');
  return { service: prefixes[prefix], operation, input };
}

/** One JSON 1.1 answer; an error also carries x-amzn-errortype, as AWS sends it. */
export function sendJson(res: ServerResponse, status: number, body: Record<string, unknown>, requestId: string): void {
  const text = JSON.stringify(body);
  const headers: Record<string, string | number> = { 'content-type': 'application/x-amz-json-1.1', 'content-length': Buffer.byteLength(text), 'x-amzn-requestid': requestId };
  if (status >= 400 && typeof body.__type === 'string') headers['x-amzn-errortype'] = body.__type;
  res.writeHead(status, headers);
  res.end(text);
}
