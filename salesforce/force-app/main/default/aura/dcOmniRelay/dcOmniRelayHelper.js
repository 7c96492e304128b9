({
    // What arrives before the relay script has loaded waits, bounded: the relay resyncs on hello anyway.
    MAX_PENDING: 100,

    start: function (cmp) {
        var api = window.dcOmniRelay;
        if (!api || typeof api.start !== 'function') {
            throw new Error('dcOmniRelay: the static resource dcOmniRelay did not load; deploy it again (npm run org:build).');
        }
        var relay = api.start({
            toolkit: cmp.find('omniToolkit'),
            publish: $A.getCallback(function (message) {
                if (cmp.isValid()) {
                    cmp.find('bridgeChannel').publish(message);
                }
            }),
            isConsoleNavigation: function () {
                return cmp.find('workspace').isConsoleNavigation();
            },
            openRecord: function (recordId) {
                return cmp
                    .find('workspace')
                    .openTab({ recordId: recordId, focus: true })
                    .then(function () {
                        return undefined;
                    });
            },
            statuses: this.statusesFrom(cmp)
        });
        var pending = cmp.get('v.pending') || [];
        cmp.set('v.relay', relay);
        cmp.set('v.pending', []);
        pending.forEach(function (deliver) {
            deliver(relay);
        });
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

    /** The org's presence statuses from Apex (DcOmniPresenceStatuses.statuses), as a Promise. */
    statusesFrom: function (cmp) {
        var helper = this;
        return function () {
            return new Promise(function (resolve, reject) {
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
            });
        };
    }
});
