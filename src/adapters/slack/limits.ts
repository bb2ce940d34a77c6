// Slack's limits on a message and on an app manifest, and the budgets Sitrep keeps within them.

/** Slack rejects a message with more blocks than this. */
export const MAX_BLOCKS_PER_MESSAGE = 50;
/** Longest text of a section block (and of one context element). */
export const MAX_SECTION_TEXT = 3000;
/** Longest plain text of a header block. */
export const MAX_HEADER_TEXT = 150;
/** Most fields in one section block. */
export const MAX_FIELDS_PER_SECTION = 10;
/** Longest text of one section field. */
export const MAX_FIELD_TEXT = 2000;
/** Most elements in one context block. */
export const MAX_CONTEXT_ELEMENTS = 10;
/**
 * Our own budget, not a Slack limit: the characters of text one message carries before the next message
 * starts. It keeps an answer reading like a message rather than a document (it is also Slack's cumulative
 * limit for markdown blocks, the most conservative text limit Slack documents for one message).
 */
export const MESSAGE_TEXT_BUDGET = 12_000;
/**
 * Most messages one answer may take. respond() allows five uses of a response_url; three full messages are
 * already a wall of text, so anything beyond is cut with a visible "… and N more".
 */
export const MAX_MESSAGES = 3;
/** The plain-text `text` fallback (notifications, screen readers); Slack advises at most 4,000 characters. */
export const MAX_FALLBACK_TEXT = 4000;

// An app manifest's fields.
export const MAX_APP_NAME = 35;
export const MAX_APP_DESCRIPTION = 140;
export const MAX_COMMAND_NAME = 32;
export const MAX_COMMAND_DESCRIPTION = 2000;
export const MAX_USAGE_HINT = 1000;
export const MAX_SLASH_COMMANDS = 50;
