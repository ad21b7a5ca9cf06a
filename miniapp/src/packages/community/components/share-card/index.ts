export { WeeklyShareCard } from './share-card';
