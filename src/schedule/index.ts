export { runScheduler, digestSchedules } from './digest-scheduler.js';
export type { SchedulerDeps, SchedulerOptions, TickReason } from './digest-scheduler.js';
export { CronSchedule } from './cron-schedule.js';
export { inSendWindow } from './send-window.js';
export { systemClock } from './scheduler-clock.js';
export type { SchedulerClock } from './scheduler-clock.js';
