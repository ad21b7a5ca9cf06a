// Mini-program builds need no platform styles; platform.h5.ts adds the H5 ones.
export {};
