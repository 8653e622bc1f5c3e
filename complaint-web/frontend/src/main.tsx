import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { i18nReady } from './lib/i18n';
import './styles.css';

function render() {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

// The first render waits for the reader's language pack (a page of raw keys is worse than a moment more);
// should the pack fail to load, the page still renders and says what it can.
i18nReady.then(render, render);
