// H5 (staff at a desktop or phone browser) has no scanner: the code is typed.
export { TypedCodeEntry as CodeEntry, type CodeEntryProps } from './typed-code-entry';
