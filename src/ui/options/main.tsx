import { render } from 'preact';
import { localizePage } from '../i18n';
import { Options } from './Options';
import './options.css';

localizePage('options_title');
render(<Options />, document.getElementById('app')!);
