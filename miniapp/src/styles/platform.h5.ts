import './h5-overrides.scss';
