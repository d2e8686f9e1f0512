import { render } from 'preact';
import { localizePage } from '../i18n';
import { Popup } from './Popup';
import './popup.css';

localizePage('popup_title');
render(<Popup />, document.getElementById('app')!);
