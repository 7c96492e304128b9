import type { RelayHandle, RelayStartOptions } from '../../../omni-mfe/console-side/relay/relay-main';
import type { LightningEvent } from './lightning-events';
import type { RelayUtility } from './relay-utility';
import type { RelayPlacement } from './utility-bar';

/** The relay script's URL on the console's origin (the org serves it as a static resource). */
export const RELAY_SCRIPT = '/dcOmniRelay.js';

/**
 * The relay's Aura utility item, simulated as Lightning runs it: created when the utility bar says
 * (with the app, or when the agent first opens it), rendered, and only then started with the
 * toolkit, the message channel and the workspace API, as salesforce/force-app/.../aura/dcOmniRelay
 * does. "Reload" is the component rendered again (a fresh `start`, which announces itself); "kill"
 * a hung component: from then on it neither receives nor publishes anything, until it is reloaded.
 */
export class RelayHost {
  private relay: RelayHandle | null = null;
  private generation = 0;
  private killed = false;
  private loaded: Promise<void> | null = null;
  private created = false;
  loads = 0;

  constructor(
    private readonly placement: RelayPlacement,
    private readonly utility: RelayUtility,
    private readonly options: (live: () => boolean) => RelayStartOptions,
  ) {}

  /** The app opened: an item that loads with the app is created now, others wait to be opened. */
  appOpened(): Promise<void> {
    return this.placement.load === 'app-open' ? this.reload() : Promise.resolve();
  }

  /** The agent opened the utility for the first time. */
  utilityOpened(): Promise<void> {
    return this.placement.load === 'when-opened' && !this.created ? this.reload() : Promise.resolve();
  }

  /** A new component instance (the page reloaded its components); nothing if none was created yet. */
  async reload(): Promise<void> {
    if (this.placement.load === 'never') return;
    this.created = true;
    await this.loadScript();
    this.relay?.stop();
    this.killed = false;
    const generation = ++this.generation;
    const live = () => generation === this.generation && !this.killed;
    // A background item never renders; a utility item renders before it starts (never from init).
    if (this.placement.renders) this.utility.render();
    const problems = this.placement.problems;
    this.relay = window.dcOmniRelay!.start({
      ...this.options(live),
      report: (state) => {
        if (live()) this.utility.show({ ...state, problems: [...problems, ...state.problems] });
      },
    });
    if (problems.length) this.utility.show({ softphone: null, lastMessage: null, problems });
    this.loads += 1;
  }

  /** Whether the created component may reload (control API: "Reload bridge"). */
  get exists(): boolean {
    return this.created;
  }

  kill(): void {
    this.killed = true;
  }

  /** A message the channel delivers to the relay's subscription (only a rendered component has one). */
  receive(message: unknown): void {
    if (!this.killed && this.placement.renders) this.relay?.receive(message);
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
