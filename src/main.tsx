import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n';
import './styles/base.css';
import './styles/controls.css';
import './styles/list.css';
import './styles/meeting.css';
import './styles/topics.css';
import './styles/reading.css';
import './styles/print.css';
import { App } from './ui/App';
import { corpusSource } from './ui/app/corpus-source';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App data={corpusSource()} />
    </StrictMode>,
  );
}
