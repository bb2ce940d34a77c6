// Discord's limits on a message, and the budgets Sitrep keeps within them.

// Discord's documented limits (https://discord.com/developers/docs/resources/message#embed-object-embed-limits).
export const CONTENT_MAX = 2000;
export const TITLE_MAX = 256;
export const DESCRIPTION_MAX = 4096;
export const FIELDS_MAX = 25;
export const FIELD_NAME_MAX = 256;
export const FIELD_VALUE_MAX = 1024;
export const FOOTER_MAX = 2048;
/** Title, description, field names and values, footer and author of all embeds in one message together. */
export const EMBEDS_TOTAL_MAX = 6000;
export const EMBEDS_PER_MESSAGE_MAX = 10;
/** A message's `nonce` (https://discord.com/developers/docs/resources/message#create-message). */
export const NONCE_MAX = 25;

// Our own choices within those limits.
/** One edited reply plus follow-ups; beyond this an answer is cut with a visible "… not shown" line. */
export const MESSAGES_MAX = 4;
/** A single quote, passage or event longer than this is clipped, so one item never fills a message. */
export const ITEM_TEXT_MAX = 1500;
/** The footer lists the message's sources; it is plain text, so the links live in the description. */
export const FOOTER_BUDGET = 300;
/** Room kept in each message for the footer, a continuation title and the paging lines. */
const MESSAGE_RESERVE = FOOTER_BUDGET + TITLE_MAX + 400;
export const MESSAGE_BUDGET = EMBEDS_TOTAL_MAX - MESSAGE_RESERVE;
/** A source named inline by its title (no publisher known) is cut to this. */
export const CITATION_LABEL_MAX = 40;
/** Fields this short sit side by side (Discord shows up to three inline fields per row). */
export const INLINE_FIELD_MAX = 40;
/** Each paging line at the end of an answer ("… and 12 more: /timeline APT31 page:2"). */
export const CLOSING_LINE_MAX = 250;
