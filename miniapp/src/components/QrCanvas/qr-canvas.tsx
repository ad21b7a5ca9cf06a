// Platforms without a file of their own (the type checker and jest) get the DOM canvas.
export { QrCanvas, type QrCanvasProps } from './qr-canvas.h5';
