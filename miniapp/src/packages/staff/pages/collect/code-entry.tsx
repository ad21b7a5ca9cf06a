// Platforms without a file of their own (the type checker and jest) type the code in.
export { TypedCodeEntry as CodeEntry, type CodeEntryProps } from './typed-code-entry';
