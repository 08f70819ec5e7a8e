package dev.parley.studio.ui;

import dev.parley.curator.ui.SignedIn;
import dev.parley.studio.Curator;

/** The signed-in curator of the request being handled: the one place the studio's views learn who is working. */
final class Curators {
    private Curators() {}

    /** The curator signed in, or fails: every studio view is reachable only by one. */
    static Curator current() {
        return SignedIn.curatorName()
                .map(Curator::new)
                .orElseThrow(() -> new IllegalStateException("the studio needs a signed-in curator"));
    }

    static void signOut() {
        SignedIn.signOut();
    }
}
