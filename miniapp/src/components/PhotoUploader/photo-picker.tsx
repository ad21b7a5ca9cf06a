// Platforms without a file of their own (and the type checker and tests) use chooseMedia.
export { PhotoPicker } from './photo-picker.weapp';
