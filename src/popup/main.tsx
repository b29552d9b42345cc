import { render } from 'preact';
import { pageLanguage } from '../ui/i18n';
import { App } from './App';

document.documentElement.lang = pageLanguage();
render(<App />, document.getElementById('app')!);
