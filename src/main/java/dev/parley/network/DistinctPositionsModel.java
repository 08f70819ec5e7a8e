package dev.parley.network;

import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.LayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;

/**
 * A layout model that keeps the positions of its vertices finite and pairwise distinct. JGraphT 1.5.3's
 * {@code FRQuadTree} splits forever when two vertices share a position, which happens when the force-directed
 * layout pushes two of them into the same corner of the frame; and the layout moves a vertex to NaN when the forces
 * on it cancel exactly (0 / 0). So positions are snapped to a {@value #GRID} grid, a vertex that would land on an
 * occupied spot is nudged towards the centre until it is alone, and a move to a non-finite position is ignored.
 */
final class DistinctPositionsModel<V> implements LayoutModel2D<V> {
    static final double GRID = 1e-3;
    private static final double NUDGE = 0.01;

    private Box2D area;
    private final Map<V, Point2D> positions = new LinkedHashMap<>();
    private final Map<Point2D, V> occupied = new HashMap<>();

    DistinctPositionsModel(Box2D area) {
        this.area = Objects.requireNonNull(area);
    }

    @Override
    public Box2D getDrawableArea() {
        return area;
    }

    @Override
    public void setDrawableArea(Box2D drawableArea) {
        this.area = Objects.requireNonNull(drawableArea);
    }

    @Override
    public Point2D get(V vertex) {
        return positions.get(vertex);
    }

    @Override
    public Point2D put(V vertex, Point2D point) {
        Point2D previous = positions.get(vertex);
        if (!Double.isFinite(point.getX()) || !Double.isFinite(point.getY())) {
            return previous;
        }
        if (previous != null) {
            occupied.remove(previous);
        }
        double stepX = point.getX() < area.getMinX() + area.getWidth() / 2 ? NUDGE : -NUDGE;
        double stepY = point.getY() < area.getMinY() + area.getHeight() / 2 ? NUDGE : -NUDGE;
        Point2D free = snap(point.getX(), point.getY());
        for (int i = 1; occupied.containsKey(free); i++) {
            free = snap(point.getX() + i * stepX, point.getY() + i * stepY);
        }
        occupied.put(free, vertex);
        positions.put(vertex, free);
        return previous;
    }

    private static Point2D snap(double x, double y) {
        return Point2D.of(Math.round(x / GRID) * GRID, Math.round(y / GRID) * GRID);
    }

    @Override
    public void setFixed(V vertex, boolean fixed) {
        throw new UnsupportedOperationException("fixed vertices are not used");
    }

    @Override
    public boolean isFixed(V vertex) {
        return false;
    }

    @Override
    public Iterator<Map.Entry<V, Point2D>> iterator() {
        return Collections.unmodifiableMap(positions).entrySet().iterator();
    }
}
