import { render } from 'preact';
import { pageLanguage } from '../ui/i18n';
import { Explore } from './Explore';

document.documentElement.lang = pageLanguage();
render(<Explore />, document.getElementById('app')!);
