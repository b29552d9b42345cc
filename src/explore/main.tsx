import { render } from 'preact';
import { applyPageLanguage } from '../ui/i18n';
import { Explore } from './Explore';

applyPageLanguage(document);
render(<Explore />, document.getElementById('app')!);
