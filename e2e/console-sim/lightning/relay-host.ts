import type { RelayHandle, RelayStartOptions } from '../../../omni-mfe/bridge/relay/relay-main';
import type { LightningEvent } from './lightning-events';

/** The relay script's URL on the console's origin (the org serves it as a static resource). */
export const RELAY_SCRIPT = '/dcOmniRelay.js';

/**
 * The relay's Aura background utility item, simulated: it loads the production relay script
 * (dist/relay/dcOmniRelay.js) once and starts it with the toolkit, the message channel and the
 * workspace API, as salesforce/force-app/.../aura/dcOmniRelay does. "Reload" is the component
 * rendered again (a fresh `start`, which announces itself); "kill" a hung component: from then on
 * it neither receives nor publishes anything, until it is reloaded.
 */
export class RelayHost {
  private relay: RelayHandle | null = null;
  private generation = 0;
  private killed = false;
  private loaded: Promise<void> | null = null;
  loads = 0;

  constructor(private readonly options: (live: () => boolean) => RelayStartOptions) {}

  async reload(): Promise<void> {
    await this.loadScript();
    this.relay?.stop();
    this.killed = false;
    const generation = ++this.generation;
    const live = () => generation === this.generation && !this.killed;
    this.relay = window.dcOmniRelay!.start(this.options(live));
    this.loads += 1;
  }

  kill(): void {
    this.killed = true;
  }

  /** A message the channel delivers to the relay's subscription. */
  receive(message: unknown): void {
    if (!this.killed) this.relay?.receive(message);
  }

  /** A `lightning:omniChannel*` event: the Aura shell hands it over with `event.getParams()`. */
  toolkitEvent(event: LightningEvent): void {
    if (!this.killed) this.relay?.toolkitEvent(event.name, { ...event.params });
  }

  private loadScript(): Promise<void> {
    this.loaded ??= new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = RELAY_SCRIPT;
      script.onload = () =>
        window.dcOmniRelay ? resolve() : reject(new Error(`${RELAY_SCRIPT} defined no dcOmniRelay.`));
      script.onerror = () => reject(new Error(`${RELAY_SCRIPT} could not be loaded: run "npm run build".`));
      document.head.append(script);
    });
    return this.loaded;
  }
}
