import http from 'node:http';
import type {AddressInfo} from 'node:net';
import handler from 'serve-handler';

export interface StaticServer {
  /** Origin the site is served at, e.g. `http://127.0.0.1:43123`. */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on loopback the way `docusaurus serve` does (clean URLs, no trailing
 * slash, the site's own 404 page), so tests see what a static host would serve.
 */
export async function startStaticServer(dir: string, port = 0): Promise<StaticServer> {
  const server = http.createServer((req, res) => {
    void handler(req, res, {public: dir, cleanUrls: true, trailingSlash: false, directoryListing: false});
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', resolve);
  });
  const {port: actual} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
