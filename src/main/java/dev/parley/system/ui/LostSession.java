package dev.parley.system.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What a page does when its session is gone (a node of the cluster stopped or died, and the load balancer sent the
 * next request to another node, or the session timed out): it reloads itself at the address it shows, at once and
 * without a notification to click. The explorer's whole view is in its address, so the reader is back where they
 * were in a new session (docs/deployment.md). Vaadin's default today, written down so that an upgrade that changes
 * it fails {@code FailoverBrowserTest} rather than leaving readers with a "Session expired" box.
 *
 * <p>A page learns that its node is gone when its push connection (a WebSocket through the load balancer) closes.
 * It tries again after {@link #PUSH_RECONNECT_MS} instead of Atmosphere's 5 s, so it reaches another node, hears
 * that the session expired and reloads within a few seconds; until then a click waits for the connection. Requests
 * that fail otherwise (the load balancer has no node at all) are tried again each {@link #RECONNECT_MS}.
 */
@Component
class LostSession implements VaadinServiceInitListener {
    static final CustomizedSystemMessages MESSAGES = new CustomizedSystemMessages();
    static final int PUSH_RECONNECT_MS = 500;
    static final int RECONNECT_MS = 1000;

    static {
        MESSAGES.setSessionExpiredNotificationEnabled(false);
        // no address of its own: the client reloads the address it is at
        MESSAGES.setSessionExpiredURL(null);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().setSystemMessagesProvider(info -> MESSAGES);
        event.getSource().addUIInitListener(init -> reconnectSoon(init.getUI()));
    }

    private static void reconnectSoon(UI ui) {
        ui.getPushConfiguration().setParameter("reconnectInterval", String.valueOf(PUSH_RECONNECT_MS));
        ui.getReconnectDialogConfiguration().setReconnectInterval(RECONNECT_MS);
    }
}
