// Serves a built site on 127.0.0.1 (a free port, printed on stdout) for Lighthouse, gzipped as a plain static host would.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2]);
const types = {
  '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json', '.xml': 'application/xml', '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp', '.svg': 'image/svg+xml',
};

const server = createServer(async (request, response) => {
  let path = decodeURIComponent(new URL(request.url, 'http://host').pathname);
  if (path.endsWith('/')) path += 'index.html';
  const file = normalize(join(root, path));
  try {
    if (!file.startsWith(root) || !(await stat(file)).isFile()) throw new Error('not a file');
    const body = await readFile(file);
    const gzip = /\bgzip\b/.test(request.headers['accept-encoding'] ?? '') && !/^image\/(png|jpeg|gif|webp)/.test(types[extname(file)] ?? '');
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', ...(gzip ? { 'Content-Encoding': 'gzip' } : {}) });
    response.end(gzip ? gzipSync(body) : body);
  } catch {
    response.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end(await readFile(join(root, '404.html')).catch(() => 'Not found'));
  }
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
