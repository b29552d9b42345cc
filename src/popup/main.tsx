import { render } from 'preact';
import { applyPageLanguage } from '../ui/i18n';
import { App } from './App';
import { startLoading } from './load';

const loading = startLoading(location.search);
applyPageLanguage(document);
render(<App loading={loading} />, document.getElementById('app')!);
