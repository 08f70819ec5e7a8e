package dev.parley.relationship.ui;

import dev.parley.actor.Actor;
import dev.parley.actor.ActorId;
import dev.parley.chart.ChartCache;
import dev.parley.chart.ChartKey.ActorKey;
import dev.parley.chart.ChartKey.PairKey;
import dev.parley.chart.ChartKeyCodec;
import dev.parley.chart.ChartOption;
import dev.parley.chart.ChartOption.Axis;
import dev.parley.chart.ChartOption.AxisLabel;
import dev.parley.chart.ChartOption.Grid;
import dev.parley.chart.ChartOption.Tooltip.Trigger;
import dev.parley.chart.DataItem;
import dev.parley.chart.Diverging;
import dev.parley.chart.HeatmapSeries;
import dev.parley.chart.ItemStyle;
import dev.parley.chart.Label;
import dev.parley.chart.PreparedOption;
import dev.parley.chart.VisualMap;
import dev.parley.dataset.Dataset;
import dev.parley.network.ActorNetwork;
import dev.parley.network.Camp;
import dev.parley.network.ui.CampColours;
import dev.parley.relationship.ActorPair;
import dev.parley.relationship.RelationshipMatrix;
import dev.parley.relationship.RelationshipMatrix.Cell;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The relationship matrix as an ECharts heat map: the actors' names on both axes in the matrix's order (rows top to
 * bottom, columns left to right), each cell of two actors who share events coloured by their mean score on the one
 * diverging scale ({@link Diverging}) and labelled with the number of shared events; a cell whose events carry no
 * score between the two (they acted side by side) is pale with a grey border, and a pair without events is blank.
 *
 * <p>The matrix is symmetric, drawn as two series: the cells below the diagonal ({@value #LOWER}) and above it
 * ({@value #UPPER}). Both carry the pair's {@link PairKey}, which names the pair in no order; the series says which
 * actor is the row, so a click opens the pair with the row's actor first ({@link Built#pairOf}). The diagonal
 * ({@value #DIAGONAL}) shows each actor's camp in the network's camp colours, so the blocs' edges show; its cells
 * carry the actor's {@link ActorKey}.
 */
public final class MatrixOptions {
    public static final String LOWER = "matrix-lower";
    public static final String UPPER = "matrix-upper";
    public static final String DIAGONAL = "matrix-actors";
    /** The colour of a pair with events but no score running between them. */
    static final String UNSCORED = "#f4f6f7";

    /** Matrices are shared by every session that shows the same network at the same size. */
    public static final ChartCache.Kind<Built> CHART = new ChartCache.Kind<>("relationship-matrix", Built.class);

    private static final String CELL_BORDER = "#ffffff";
    /** The diagonal marks the camps without outshouting the cells that carry the scores. */
    private static final double CAMP_OPACITY = 0.45;

    private static final String UNSCORED_BORDER = "#b0bec5";
    /** The visual map on the right needs this much room beside the cells. */
    private static final Grid GRID = new Grid("8", "112", "8", "8", true);
    /** Longer names are cut with an ellipsis; the tooltip has them whole. */
    private static final int NAME_WIDTH = 150;
    /** Above this many actors the cells are too small for their numbers; the tooltip gives them. */
    static final int MAX_LABELLED = 40;

    private MatrixOptions() {}

    /**
     * The matrix and its prepared option.
     *
     * @param matrix the actors and cells drawn
     * @param option the heat map
     */
    public record Built(RelationshipMatrix matrix, PreparedOption option) {
        public Built {
            Objects.requireNonNull(matrix, "matrix");
            Objects.requireNonNull(option, "option");
        }

        /**
         * The pair a clicked cell stands for, the row's actor first; empty for a key or series not of this matrix
         * (the browser can send anything).
         */
        public Optional<ActorPair> pairOf(String seriesId, PairKey key) {
            int x = matrix.actors().indexOf(key.a());
            int y = matrix.actors().indexOf(key.b());
            if (x < 0 || y < 0 || matrix.cell(key.a(), key.b()).isEmpty()) {
                return Optional.empty();
            }
            ActorId earlier = x < y ? key.a() : key.b();
            ActorId later = x < y ? key.b() : key.a();
            return switch (seriesId) {
                case LOWER -> Optional.of(new ActorPair(later, earlier));
                case UPPER -> Optional.of(new ActorPair(earlier, later));
                case null, default -> Optional.empty();
            };
        }
    }

    /** The matrix of the network's {@code size} most active actors, drawn. */
    public static Built prepare(ActorNetwork network, int size) {
        RelationshipMatrix matrix = RelationshipMatrix.of(network, size);
        return new Built(matrix, PreparedOption.of(option(matrix, network.dataset())));
    }

    static ChartOption option(RelationshipMatrix matrix, Dataset dataset) {
        List<ActorId> actors = matrix.actors();
        List<String> names = actors.stream().map(a -> name(a, dataset)).toList();
        List<DataItem> lower = new ArrayList<>();
        List<DataItem> upper = new ArrayList<>();
        for (Cell cell : matrix.cells()) {
            int i = actors.indexOf(cell.a());
            int j = actors.indexOf(cell.b());
            // the later actor's row holds the cell below the diagonal, the earlier's the one above it
            lower.add(cell(cell, i, j, names.get(j), names.get(i), matrix));
            upper.add(cell(cell, j, i, names.get(i), names.get(j), matrix));
        }
        List<DataItem> diagonal = new ArrayList<>();
        for (int i = 0; i < actors.size(); i++) {
            ActorId a = actors.get(i);
            int n = matrix.events(a);
            diagonal.add(new DataItem(
                            ChartKeyCodec.encode(new ActorKey(a)),
                            null,
                            List.of(i, i, n),
                            null,
                            null,
                            null,
                            null,
                            new ItemStyle(CampColours.of(matrix.camp(a)), CELL_BORDER, 1, CAMP_OPACITY),
                            Label.hidden(),
                            null)
                    .withTooltip(
                            names.get(i),
                            matrix.camp(a).map(Camp::label).orElse(CampColours.NO_CAMP_LABEL),
                            events(n, "event") + " taken part in"));
        }
        Label label =
                actors.size() > MAX_LABELLED ? Label.hidden() : new Label(true, "inside", fontSize(actors.size()));
        AxisLabel axisLabel = AxisLabel.every(0, fontSize(actors.size()), NAME_WIDTH);
        return ChartOption.of(
                        new HeatmapSeries(LOWER, "Shared events", lower, label),
                        new HeatmapSeries(UPPER, "Shared events", upper, label),
                        new HeatmapSeries(DIAGONAL, "Camps", diagonal, null))
                .withTooltip(Trigger.ITEM)
                .withGrid(GRID)
                .withXAxis(Axis.category(names)
                        .at("top")
                        .withLabel(new AxisLabel(0, 90, fontSize(actors.size()), NAME_WIDTH, "truncate")))
                .withYAxis(Axis.lanes(names).withLabel(axisLabel))
                .withVisualMap(VisualMap.fixedAtRight(
                        Diverging.MIN, Diverging.MAX, Diverging.stops(), 3, "+10 cooperative", "−10 conflictual"))
                .withAnimation(false);
    }

    /**
     * A cell at column {@code x} and row {@code y}: {@code [x, y, events, mean]}, the mean left out when no event
     * is scored. The label shows the events; the visual map reads the mean (the fourth value); the cell's own colour
     * is the same as the map's, so a cell without a mean gets the pale one.
     */
    private static DataItem cell(Cell cell, int x, int y, String row, String column, RelationshipMatrix matrix) {
        List<Number> value = new ArrayList<>(List.of(x, y, cell.events()));
        ItemStyle style;
        String stance;
        if (cell.mean().isPresent()) {
            double mean = Math.round(cell.mean().getAsDouble() * 100) / 100.0;
            value.add(mean);
            style = new ItemStyle(Diverging.colour(mean), CELL_BORDER, 1, null);
            stance = "Mean score " + signed(mean) + " over " + events(cell.scored(), "scored event");
        } else {
            style = new ItemStyle(UNSCORED, UNSCORED_BORDER, 1, null);
            stance = "No score runs between them (they acted side by side)";
        }
        return new DataItem(
                        ChartKeyCodec.encode(new PairKey(cell.a(), cell.b())),
                        null,
                        value,
                        null,
                        null,
                        null,
                        null,
                        style,
                        null,
                        null)
                .withTooltip(
                        row + " — " + column,
                        stance,
                        events(cell.events(), "shared event"),
                        camps(matrix.camp(cell.a()), matrix.camp(cell.b())));
    }

    private static String camps(Optional<Camp> a, Optional<Camp> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return "Not both in a camp";
        }
        return a.equals(b) ? "Same camp (" + a.get().label() + ")" : "Opposite camps";
    }

    /** A score with its sign and one decimal: "+2.1", "−3.0", "0.0". */
    static String signed(double score) {
        String text = String.format(Locale.ROOT, "%.1f", Math.abs(score));
        if (text.equals("0.0")) {
            return text;
        }
        return (score > 0 ? "+" : "−") + text;
    }

    private static int fontSize(int actors) {
        return actors <= 20 ? 12 : actors <= 30 ? 11 : actors <= 40 ? 10 : 9;
    }

    private static String events(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    private static String name(ActorId id, Dataset dataset) {
        return dataset.actor(id).map(Actor::name).orElse(id.value());
    }
}
