package dev.parley.network.ui;

import dev.parley.chart.GraphSeries;
import dev.parley.chart.ItemStyle;
import dev.parley.network.Camp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The colours of the two camps, shared by the network's nodes and the relationship matrix's diagonal: purple and
 * orange, far from the red and blue that mean conflict and cooperation on links, and apart for the common colour
 * blindnesses; grey for actors in neither camp.
 */
public final class CampColours {
    private static final String CAMP_ONE = "#8e24aa";
    private static final String CAMP_TWO = "#ef8f00";
    private static final String NO_CAMP = "#bdbdbd";
    /** The legend entry of actors without a signed connection. */
    public static final String NO_CAMP_LABEL = "No signed connection";

    private CampColours() {}

    /** The colour of an actor in a camp, or of one in neither. */
    public static String of(Optional<Camp> camp) {
        return camp.map(c -> c == Camp.ONE ? CAMP_ONE : CAMP_TWO).orElse(NO_CAMP);
    }

    /** Camp 1, camp 2, then neither: the order of {@link #categories()}. */
    static int category(Optional<Camp> camp) {
        return camp.map(Camp::ordinal).orElse(Camp.values().length);
    }

    /** The network's node categories when its nodes are coloured by camp. */
    static List<GraphSeries.Category> categories() {
        List<GraphSeries.Category> categories = new ArrayList<>();
        for (Camp camp : Camp.values()) {
            categories.add(new GraphSeries.Category(camp.label(), ItemStyle.color(of(Optional.of(camp)))));
        }
        categories.add(new GraphSeries.Category(NO_CAMP_LABEL, ItemStyle.color(of(Optional.empty()))));
        return categories;
    }
}
