// Platforms without a file of their own (the type checker and jest) have no subscribe messages.
export { askForReminders, REMINDERS_AVAILABLE } from './reminders.h5';
