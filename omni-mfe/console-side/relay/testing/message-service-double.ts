/**
 * A double of Lightning Message Service as both ends see it: one channel, every subscriber gets
 * every published message (the publisher's own included) in a later task, as a JSON copy (LMS
 * carries plain JSON only; a message that is not serialisable is refused, as the real one does).
 */
export class MessageServiceDouble {
  readonly published: unknown[] = [];
  private readonly listeners = new Set<(message: unknown) => void>();

  subscribe(listener: (message: unknown) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(message: unknown): void {
    const text = JSON.stringify(message);
    if (text === undefined) throw new Error('The message service carries JSON only.');
    this.published.push(JSON.parse(text));
    for (const listener of [...this.listeners]) setTimeout(() => listener(JSON.parse(text)), 0);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }
}
