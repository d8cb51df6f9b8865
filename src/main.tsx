import '@fontsource/be-vietnam-pro/400.css';
import '@fontsource/be-vietnam-pro/600.css';
import '@fontsource/be-vietnam-pro/700.css';
import './styles/global.css';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { StartupError } from './app/startup-error';
import { loadConfig } from './data/load-config';

async function start() {
  const container = document.getElementById('root');
  if (!container) throw new Error('#root missing from index.html');
  const root = createRoot(container);
  document.documentElement.lang = 'vi';

  const appBase = new URL(import.meta.env.BASE_URL, window.location.origin);
  const result = await loadConfig(appBase);
  if (!result.ok) {
    root.render(<StartupError kind={result.error.kind} detail={result.error.detail} />);
    return;
  }
  const { config } = result;
  if (config.mock) {
    try {
      // The only import of mocks/ from src/: a separate chunk, loaded only in mock mode.
      const { startMockWorker } = await import('../mocks/browser');
      await startMockWorker(config.mock);
    } catch (error) {
      root.render(
        <StartupError
          kind="mock"
          detail={error instanceof Error ? error.message : String(error)}
        />,
      );
      return;
    }
  }
  root.render(<App config={config} />);
}

void start();
