({
    /** The first render makes Lightning Message Service usable; the relay starts once its script is there too. */
    onRender: function (cmp, event, helper) {
        helper.rendered(cmp);
    },

    onScriptLoaded: function (cmp, event, helper) {
        helper.scriptLoaded(cmp);
    },

    stop: function (cmp, event, helper) {
        helper.stop(cmp);
    },

    /** A bridge envelope from the Desktop Connect softphone (sforce.opencti.publish). */
    onMessage: function (cmp, message, helper) {
        helper.deliver(cmp, function (relay) {
            relay.receive(message.getParams());
        });
    },

    onStatusChanged: function (cmp, event, helper) {
        helper.toolkitEvent(cmp, 'StatusChanged', event);
    },
    onLoginSuccess: function (cmp, event, helper) {
        helper.toolkitEvent(cmp, 'LoginSuccess', event);
    },
    onLogout: function (cmp, event, helper) {
        helper.toolkitEvent(cmp, 'Logout', event);
    },
    onWorkAssigned: function (cmp, event, helper) {
        helper.toolkitEvent(cmp, 'WorkAssigned', event);
    },
    onWorkAccepted: function (cmp, event, helper) {
        helper.toolkitEvent(cmp, 'WorkAccepted', event);
    },
    onWorkDeclined: function (cmp, event, helper) {
        helper.toolkitEvent(cmp, 'WorkDeclined', event);
    },
    onWorkClosed: function (cmp, event, helper) {
        helper.toolkitEvent(cmp, 'WorkClosed', event);
    },
    onWorkloadChanged: function (cmp, event, helper) {
        helper.toolkitEvent(cmp, 'WorkloadChanged', event);
    },
    onConnectionError: function (cmp, event, helper) {
        helper.toolkitEvent(cmp, 'ConnectionError', event);
    },
    onWorkFlagUpdated: function (cmp, event, helper) {
        helper.toolkitEvent(cmp, 'WorkFlagUpdated', event);
    }
});
