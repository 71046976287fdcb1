package org.lineage.layout;

import java.awt.geom.Area;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.lineage.layout.TreeLayout.Box;
import org.lineage.layout.TreeLayout.Point;

/** The outline of a union of rectangles as SVG path data, its corners rounded. */
final class Outline {
    private Outline() {}

    static String path(List<Box> parts, double radius) {
        Area area = new Area();
        for (Box b : parts) {
            area.add(new Area(new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h())));
        }
        StringBuilder d = new StringBuilder();
        List<Point> loop = new ArrayList<>();
        double[] c = new double[6];
        for (PathIterator it = area.getPathIterator(null); !it.isDone(); it.next()) {
            switch (it.currentSegment(c)) {
                case PathIterator.SEG_MOVETO -> {
                    loop.clear();
                    loop.add(new Point(c[0], c[1]));
                }
                case PathIterator.SEG_LINETO -> loop.add(new Point(c[0], c[1]));
                case PathIterator.SEG_CLOSE -> {
                    closed(d, loop, radius);
                    loop.clear();
                }
                default -> throw new IllegalStateException("a union of rectangles has no curves");
            }
        }
        return d.toString();
    }

    /** A closed polygon with each corner cut by a quarter curve of at most {@code radius}. */
    private static void closed(StringBuilder d, List<Point> pts, double radius) {
        List<Point> p = new ArrayList<>();
        for (Point q : pts) {
            if (p.isEmpty() || !same(p.get(p.size() - 1), q)) {
                p.add(q);
            }
        }
        if (p.size() > 1 && same(p.get(0), p.get(p.size() - 1))) {
            p.remove(p.size() - 1);
        }
        // a union of rectangles leaves points along straight sides: drop them
        for (int i = 0; p.size() > 3 && i < p.size(); ) {
            Point a = p.get((i + p.size() - 1) % p.size());
            Point b = p.get(i);
            Point c = p.get((i + 1) % p.size());
            boolean straight =
                    (Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(b.x() - c.x()) < 1e-6)
                            || (Math.abs(a.y() - b.y()) < 1e-6 && Math.abs(b.y() - c.y()) < 1e-6);
            if (straight) {
                p.remove(i);
            } else {
                i++;
            }
        }
        int n = p.size();
        if (n < 3) {
            return;
        }
        for (int i = 0; i < n; i++) {
            Point a = p.get((i + n - 1) % n);
            Point b = p.get(i);
            Point c = p.get((i + 1) % n);
            double r = Math.min(radius, Math.min(dist(a, b), dist(b, c)) / 2);
            Point in = toward(b, a, r);
            Point out = toward(b, c, r);
            d.append(i == 0 ? 'M' : 'L')
                    .append(Xml.num(in.x()))
                    .append(',')
                    .append(Xml.num(in.y()));
            d.append('Q').append(Xml.num(b.x())).append(',').append(Xml.num(b.y()));
            d.append(' ').append(Xml.num(out.x())).append(',').append(Xml.num(out.y()));
        }
        d.append('Z');
    }

    private static boolean same(Point a, Point b) {
        return Math.abs(a.x() - b.x()) < 1e-6 && Math.abs(a.y() - b.y()) < 1e-6;
    }

    private static double dist(Point a, Point b) {
        return Math.hypot(a.x() - b.x(), a.y() - b.y());
    }

    private static Point toward(Point from, Point to, double r) {
        double l = dist(from, to);
        return l == 0
                ? from
                : new Point(
                        from.x() + (to.x() - from.x()) * r / l,
                        from.y() + (to.y() - from.y()) * r / l);
    }
}
