package dev.parley.explorer.ui;

import com.vaadin.flow.component.html.Span;
import dev.parley.chart.Diverging;
import dev.parley.event.Scores;
import dev.parley.network.Tone;
import dev.parley.network.ui.NetworkTexts;
import java.util.Locale;
import java.util.OptionalDouble;

/**
 * A connection's stance at a glance: a fixed-width track with a bar from its centre, left towards −10 (conflict) or
 * right towards +10 (cooperation), as long as the mean score and in its {@link Diverging} colour, so rows compare
 * down the list, and the mean beside it. Its title says the figure in words ("Mean score −4.3 over 6 scored events"). Hidden when
 * nothing is scored: an affiliation, or events that run between neither actor.
 */
final class StanceBar extends Span {
    /** The track's half width in pixels, as in styles.css ({@code .parley-stance::before}). */
    private static final double HALF = 32;

    StanceBar() {
        addClassName("parley-stance");
    }

    /**
     * One element per row, not a track, a bar and a figure: an actor's panel shows ten rows or more, and every
     * element costs bytes on each click. The track and the bar are drawn by CSS from three custom properties.
     */
    void show(Tone tone) {
        OptionalDouble mean = tone.mean();
        Shown.when(this, mean.isPresent());
        if (mean.isEmpty()) {
            return;
        }
        double score = Math.clamp(mean.getAsDouble(), Diverging.MIN, Diverging.MAX);
        double width = Math.max(2, Math.abs(score) / Diverging.MAX * HALF);
        double left = score < 0 ? HALF - width : HALF;
        getStyle()
                .set("--stance-left", String.format(Locale.ROOT, "%.1fpx", left))
                .set("--stance-width", String.format(Locale.ROOT, "%.1fpx", width))
                .set("--stance-colour", Diverging.colour(score));
        // a mild mean draws a short, pale bar: the figure beside it says how mild
        setText(Scores.format(mean.getAsDouble()));
        // the title, not a role and label as well: it is read as the figure's description, and says it once
        getElement().setAttribute("title", NetworkTexts.stance(tone));
    }
}
