// Entry point: picks the transport and mounts the app.
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { detectPlatform } from './platform';
import './app/styles.css';

const platform = detectPlatform();
createRoot(document.getElementById('root')!).render(<App api={platform.api} host={platform.host} />);
