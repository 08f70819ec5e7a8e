package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Span;
import dev.parley.chart.Diverging;
import dev.parley.network.Tone;
import dev.parley.network.ui.NetworkTexts;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A connection's stance at a glance: a fixed-width track with a bar from its centre, left towards −10 (conflict) or
 * right towards +10 (cooperation), as long as the mean score and in its {@link Diverging} colour, so rows compare
 * down the list, and the mean beside it. Its title and accessible name say the figure ("Mean score −4.3 over 6 scored events"). Hidden when
 * nothing is scored: an affiliation, or events that run between neither actor.
 */
final class StanceBar extends Span {
    private final Span bar = new Span();
    private final Span value = new Span();

    StanceBar() {
        addClassName("parley-stance");
        getElement().setAttribute("role", "img");
        bar.addClassName("parley-stance-bar");
        Span track = new Span(bar);
        track.addClassName("parley-stance-track");
        value.addClassName("parley-stance-value");
        add(track, value);
    }

    void show(Tone tone) {
        OptionalDouble mean = tone.mean();
        Shown.when(this, mean.isPresent());
        if (mean.isEmpty()) {
            return;
        }
        double score = Math.clamp(mean.getAsDouble(), Diverging.MIN, Diverging.MAX);
        String half = String.format(Locale.ROOT, "%.1f%%", Math.abs(score) / Diverging.MAX * 50);
        bar.getStyle()
                .set("width", half)
                .set("background", Diverging.colour(score))
                .set(score < 0 ? "right" : "left", "50%")
                .remove(score < 0 ? "left" : "right");
        // a mild mean draws a short, pale bar: the figure beside it says how mild
        value.setText(NetworkTexts.score(mean.getAsDouble()));
        String text = NetworkTexts.stance(tone);
        getElement().setAttribute("title", text);
        getElement().setAttribute("aria-label", text);
    }
}
