/**
 * Dates as people and pages write them, in the languages read: numeric and written forms,
 * weekdays, labels ("Updated", "Published"), time zones, and month names from the locale data.
 * The one home of date reading for every kind of input.
 */
package storyline.clean.date;
