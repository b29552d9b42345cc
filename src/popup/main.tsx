import { render } from 'preact';
import { applyPageLanguage } from '../ui/i18n';
import { App } from './App';

applyPageLanguage(document);
render(<App />, document.getElementById('app')!);
