// The built web app (web/dist), served at `/` with index.html for client-side routes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import express, { Router } from 'express';

export function webAppRoutes(webDist: string): Router {
  const router = Router();
  const index = join(webDist, 'index.html');
  if (!existsSync(index)) {
    router.get('/', (_req, res) => {
      res.type('text/plain').send('newsgraph API is running: see /api/health and /api/openapi.json (the web app is not built: npm run build:web)\n');
    });
    return router;
  }
  router.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
  router.get(/^\/(?!api\/).*/, (_req, res) => { res.sendFile(index); });
  return router;
}
