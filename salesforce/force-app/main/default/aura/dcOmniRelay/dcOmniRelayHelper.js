({
    // What arrives before the relay has started waits, bounded: the relay resyncs on hello anyway.
    MAX_PENDING: 100,

    TOOLKIT_METHODS: [
        'setServicePresenceStatus',
        'getServicePresenceStatusId',
        'getServicePresenceStatusChannels',
        'getAgentWorks',
        'getAgentWorkload',
        'acceptAgentWork',
        'declineAgentWork',
        'closeAgentWork',
        'logout',
        'raiseAgentWorkFlag',
        'lowerAgentWorkFlag'
    ],

    rendered: function (cmp) {
        if (cmp.get('v.rendered')) {
            return;
        }
        cmp.set('v.rendered', true);
        this.startWhenReady(cmp);
    },

    scriptLoaded: function (cmp) {
        cmp.set('v.scriptLoaded', true);
        this.startWhenReady(cmp);
    },

    /** Both the first render (LMS needs it) and the relay's script, in either order. */
    startWhenReady: function (cmp) {
        if (cmp.get('v.rendered') && cmp.get('v.scriptLoaded') && !cmp.get('v.relay')) {
            this.start(cmp);
        }
    },

    start: function (cmp) {
        var api = window.dcOmniRelay;
        if (!api || typeof api.start !== 'function') {
            this.showProblem(cmp, 'The static resource dcOmniRelay did not load; deploy it again (npm run org:build).');
            throw new Error('dcOmniRelay: the static resource dcOmniRelay did not load; deploy it again (npm run org:build).');
        }
        var workspace = cmp.find('workspace');
        var relay = api.start({
            toolkit: this.toolkitOf(cmp),
            publish: $A.getCallback(function (message) {
                if (cmp.isValid()) {
                    cmp.find('bridgeChannel').publish(message);
                }
            }),
            // The relay calls these from its Promise chains, outside Aura's cycle.
            isConsoleNavigation: $A.getCallback(function () {
                return workspace.isConsoleNavigation();
            }),
            openRecord: $A.getCallback(function (recordId) {
                return workspace.openTab({ recordId: recordId, focus: true }).then(function () {
                    return undefined;
                });
            }),
            statuses: this.statusesFrom(cmp),
            report: $A.getCallback(function (state) {
                if (cmp.isValid()) {
                    cmp.set('v.softphone', state.softphone || 'none yet');
                    cmp.set('v.lastMessage', state.lastMessage || 'none yet');
                    cmp.set('v.problems', state.problems);
                }
            })
        });
        var pending = cmp.get('v.pending') || [];
        cmp.set('v.relay', relay);
        cmp.set('v.pending', []);
        pending.forEach(function (deliver) {
            deliver(relay);
        });
    },

    /** lightning:omniToolkitAPI with each method entered through $A.getCallback (the relay calls them from Promises). */
    toolkitOf: function (cmp) {
        var omni = cmp.find('omniToolkit');
        var toolkit = {};
        this.TOOLKIT_METHODS.forEach(function (method) {
            toolkit[method] = $A.getCallback(function (args) {
                return omni[method](args);
            });
        });
        return toolkit;
    },

    showProblem: function (cmp, text) {
        cmp.set('v.problems', [text].concat(cmp.get('v.problems') || []));
    },

    stop: function (cmp) {
        var relay = cmp.get('v.relay');
        if (relay) {
            relay.stop();
        }
        cmp.set('v.relay', null);
        cmp.set('v.pending', []);
    },

    toolkitEvent: function (cmp, name, event) {
        var params = event.getParams();
        this.deliver(cmp, function (relay) {
            relay.toolkitEvent(name, params);
        });
    },

    deliver: function (cmp, deliver) {
        var relay = cmp.get('v.relay');
        if (relay) {
            deliver(relay);
            return;
        }
        var pending = cmp.get('v.pending') || [];
        if (pending.length < this.MAX_PENDING) {
            cmp.set('v.pending', pending.concat([deliver]));
        }
    },

    /**
     * The agent's presence statuses from Apex (DcOmniPresenceStatuses.statuses), as a Promise. The
     * relay asks from a Promise chain, outside Aura's cycle: $A.getCallback lets the action go now
     * instead of waiting for Aura's next cycle.
     */
    statusesFrom: function (cmp) {
        var helper = this;
        return function () {
            return new Promise(
                $A.getCallback(function (resolve, reject) {
                    var action = cmp.get('c.statuses');
                    action.setStorable();
                    action.setCallback(helper, function (response) {
                        if (response.getState() === 'SUCCESS') {
                            resolve(response.getReturnValue());
                            return;
                        }
                        var errors = response.getError() || [];
                        var detail = errors[0] && errors[0].message ? errors[0].message : response.getState();
                        reject(new Error('Presence statuses could not be read: ' + detail));
                    });
                    $A.enqueueAction(action);
                })
            );
        };
    }
});
