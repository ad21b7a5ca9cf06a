// Platforms without a file of their own (the type checker and jest) use the browser camera.
export { TicketCamera } from './ticket-camera.h5';
