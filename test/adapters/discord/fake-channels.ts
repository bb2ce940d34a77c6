// The channels of the loopback Discord: the messages posted to them, kept as Discord keeps them, with its
// documented nonce rule (https://discord.com/developers/docs/resources/message#create-message): a nonce is at
// most 25 characters, and with `enforce_nonce` a nonce the same author used in the past few minutes answers
// with the message made then, and no new message is created.

/** Discord's "past few minutes" (it gives no figure). */
const NONCE_WINDOW_MS = 5 * 60_000;
const NONCE_MAX = 25;

interface Created {
  channelId: string;
  nonce: string | number | undefined;
  at: number;
  message: Record<string, unknown>;
}

export class FakeChannels {
  private readonly created: Created[] = [];

  /** A channel's messages, oldest first: what its members see (a request answered by nonce made none). */
  messagesIn(channelId: string): Record<string, unknown>[] {
    return this.created.filter((m) => m.channelId === channelId).map((m) => m.message);
  }

  /**
   * A POST to /channels/:id/messages (every one here is the one bot's), answered as Discord answers it;
   * `make` builds the new message.
   */
  post(
    channelId: string,
    request: { body: unknown; at: number },
    make: () => Record<string, unknown>,
  ): { status: number; body: unknown } {
    const b = (request.body ?? {}) as { nonce?: string | number; enforce_nonce?: boolean };
    if (typeof b.nonce === 'string' && b.nonce.length > NONCE_MAX)
      return {
        status: 400,
        body: {
          message: 'Invalid Form Body',
          code: 50035,
          errors: {
            nonce: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 25 or fewer in length.' }] },
          },
        },
      };
    if (b.enforce_nonce === true && b.nonce !== undefined) {
      const earlier = this.created.find(
        (m) => m.channelId === channelId && m.nonce === b.nonce && request.at - m.at <= NONCE_WINDOW_MS,
      );
      if (earlier) return { status: 200, body: earlier.message };
    }
    const message = {
      ...make(),
      channel_id: channelId,
      ...(b.nonce !== undefined ? { nonce: b.nonce } : {}),
    };
    this.created.push({ channelId, nonce: b.nonce, at: request.at, message });
    return { status: 200, body: message };
  }
}
