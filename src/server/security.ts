// Security headers (helmet) with a content security policy the web app can live with, and CORS only
// for origins the operator listed.
import helmet from 'helmet';
import type { RequestHandler } from 'express';

export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // sigma.js and Vite inject style attributes; WebGL needs no CSP entry.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        childSrc: ["'self'", 'blob:'],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        // The server is meant for http://localhost; upgrading would break it.
        upgradeInsecureRequests: null,
      },
    },
    // Cross-origin isolation would block exported images opened from blob: URLs in some browsers.
    crossOriginEmbedderPolicy: false,
  });
}

/** Adds CORS headers for the configured origins only (none by default). */
export function corsFor(origins: readonly string[]): RequestHandler {
  const allowed = new Set(origins);
  return (req, res, next) => {
    const origin = req.headers.origin;
    if (origin === undefined || (!allowed.has(origin) && !allowed.has('*'))) { next(); return; }
    res.setHeader('Access-Control-Allow-Origin', allowed.has('*') ? '*' : origin);
    res.setHeader('Vary', 'Origin');
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', 'GET, POST, DELETE, OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type, X-Requested-With, Authorization');
      res.setHeader('Access-Control-Max-Age', '600');
      res.status(204).end();
      return;
    }
    next();
  };
}
