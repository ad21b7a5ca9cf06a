// Platforms without a file of their own (the type checker and jest) keep photos as H5 does.
export { forgetPhoto, keepPhoto, restorePhoto } from './kept-photo.h5';
