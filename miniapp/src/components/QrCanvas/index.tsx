export { QrCanvas, type QrCanvasProps } from './qr-canvas';
