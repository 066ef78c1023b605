/** The site's own telemetry: one queue for feedback and lab progress. Plain TypeScript. */
export {telemetryUrlField, telemetryUrlFromCustomFields, telemetryUrlFromEnv} from './config';
export {commentPrefix, feedbackReasonList, feedbackReasons, maxCommentLength, siteEventProblem, toTelemetryEvent, type FeedbackReasonId, type SiteEventInput} from './events';
export {createEventQueue, maxQueuedEvents, telemetryStorageKey, type EventQueue, type EventQueueOptions, type RecordOutcome, type StoredTelemetry, type TelemetryStorage} from './event-queue';
export {browserEventQueue, downloadQueuedEvents} from './browser';
