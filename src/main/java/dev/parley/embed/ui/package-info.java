/**
 * Live embeds: {@code /embed/timeline}, {@code /embed/network} and {@code /embed/relationship} show one chart of
 * the explorer, at the state in their address, for a frame in another site, and {@code /oembed} tells a CMS how to
 * embed any Parley address. Embeds have no session: each is a page made once per dataset and state for every reader,
 * with the publish viewer's script, revalidated by its ETag. See docs/sharing.md.
 */
package dev.parley.embed.ui;
