import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { resolveConfig } from './config';

// console-config.json beside the page (pnpm demo writes it), then the query string.
const file = await fetch(new URL('console-config.json', window.location.href))
  .then((response) => (response.ok ? response.json() : undefined))
  .catch(() => undefined);
const config = resolveConfig(window.location.origin, file, window.location.search);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App config={config} />
    </StrictMode>,
  );
}
