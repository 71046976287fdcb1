/**
 * The evolution tree: views of the lineage graph, their layered layout and their inline SVG.
 *
 * <p>A page picks a {@link org.lineage.layout.TreeView} from {@link org.lineage.layout.TreeViews}
 * (the whole graph, one family with its outside parents, one model's neighbourhood), optionally
 * {@linkplain org.lineage.layout.TreeView#tracing traces} a capability through it, and draws it
 * with a shared {@link org.lineage.layout.EvolutionTree}:
 *
 * <pre>{@code
 * EvolutionTree trees = new EvolutionTree(kb);                      // once per build
 * TreeView view = TreeViews.neighbourhood(kb, graph, "chatgpt");    // per page
 * view = TreeViews.withAnalogueModels(kb, graph, view, List.of("chatgpt"));
 * TreeLabels labels = TreeLabels.of(kb, "zh", id -> "../" + id + "/", title).withIdPrefix("lineage");
 * String svg = trees.svg(view, labels);                             // inline in the page
 * }</pre>
 *
 * <p>Time runs top to bottom by default: every layer belongs to one release year (or to an undated
 * stretch, labelled as such), parents are always above their children, and the years are labelled
 * on the left. The main story's series are outlined as labelled groups; other labs' analogues stand
 * in a lane of their own after it ({@link org.lineage.layout.Lanes}), and a page shows them on
 * request. ELK Layered minimises crossings (kept to lanes and groups by its semi-interactive
 * constraints), places the nodes, routes the edges orthogonally and puts each method label beside
 * its edge. Text is never smaller than 12 pixels and drawings are meant to be shown at their
 * natural size. Node boxes are sized from their text (Han characters one em, Latin about half), so
 * Chinese labels fit.
 *
 * <p>Scale: the whole tree of 1,000 models lays out in a few seconds; above {@link
 * org.lineage.layout.TreeViews#WHOLE_TREE_LIMIT} models a whole-tree page lists families ({@link
 * org.lineage.graph.FamilyOverview}) and links to their trees instead.
 */
package org.lineage.layout;
