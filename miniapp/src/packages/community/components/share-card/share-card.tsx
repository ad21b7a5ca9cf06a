// Platforms without a file of their own (the type checker and jest) get the browser's canvas and <img>.
export { WeeklyShareCard } from './share-card.h5';
