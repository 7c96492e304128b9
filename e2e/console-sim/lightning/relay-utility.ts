import type { RelayViewState } from '../../../omni-mfe/console-side/relay/relay-view';
import { h } from '../page/dom';

/**
 * The relay's utility item in the simulated utility bar: a button that opens its panel, and the
 * panel with the same view the Aura component renders (aura/dcOmniRelay): the softphone session,
 * the last message, the problems. An item that loads when the app opens renders at once with its
 * panel closed; otherwise it is created the first time the agent opens it (`onFirstOpen`).
 */
export class RelayUtility {
  private readonly button: HTMLButtonElement;
  private readonly panel: HTMLElement;
  private opened = false;
  /** Rendered: from then on Lightning Message Service serves the component. */
  rendered = false;

  constructor(
    private readonly host: HTMLElement,
    private readonly onFirstOpen: () => void,
  ) {
    this.button = h('button', { type: 'button', 'aria-expanded': 'false' }, 'Omni-Channel relay') as HTMLButtonElement;
    this.panel = h('section', { 'aria-label': 'Omni-Channel relay', class: 'relay-panel' });
    this.panel.hidden = true;
    this.button.addEventListener('click', () => this.toggle());
    host.replaceChildren(this.button, this.panel);
    host.hidden = false;
  }

  /** The component's first render: its view, empty. */
  render(): void {
    this.rendered = true;
    this.show({ softphone: null, lastMessage: null, problems: [] });
  }

  /** What the relay reported (or the simulator found wrong), as the Aura view shows it. */
  show(state: RelayViewState): void {
    const row = (label: string, value: string | null) => [h('dt', {}, label), h('dd', {}, value ?? 'none yet')];
    const problems = state.problems.length
      ? h('ul', { 'aria-label': 'Problems' }, ...state.problems.map((p) => h('li', {}, p)))
      : h('p', {}, 'No problems.');
    this.panel.replaceChildren(
      h('dl', {}, ...row('Softphone session', state.softphone), ...row('Last message', state.lastMessage)),
      problems,
    );
  }

  private toggle(): void {
    this.panel.hidden = !this.panel.hidden;
    this.button.setAttribute('aria-expanded', String(!this.panel.hidden));
    if (!this.opened) {
      this.opened = true;
      this.onFirstOpen();
    }
  }
}
