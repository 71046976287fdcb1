package org.lineage.layout;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The words an evolution tree draws besides content: axis, legend, tooltips. Each {@link Key} has
 * an English and a Chinese default; a site maps its own UI strings with {@link #with}.
 *
 * <p>Values may hold {@code {0}}, {@code {1}}... placeholders, replaced in order by {@link
 * #format}.
 */
public final class TreeStrings {
    /** Every string a tree may use, with its defaults. */
    public enum Key {
        DATE_UNKNOWN("date unknown", "日期不详"),
        /** Between the items of a short list. */
        LIST_SEPARATOR(", ", "、"),
        YEAR("{0}", "{0}年"),
        /** {0} models, {1} edges. */
        SUMMARY(
                "{0} models and {1} lineage edges; earlier models come first, each edge is labelled"
                        + " with the training method that leads from parent to child.",
                "共 {0} 个模型、{1} 条演化关系；较早的模型在前，每条边标注从父模型到子模型所用的训练方法。"),
        /** {0} parent, {1} child, {2} method, {3} confidence. */
        EDGE_TITLE("{1} from {0}: {2} ({3})", "{0} → {1}：{2}（{3}）"),
        /** The time axis's name for a stretch of models whose year is not known. */
        BAND_UNDATED("undated", "日期不详"),
        /** On an analogue's card: {0} the models of the drawing it is compared with. */
        ANALOGUE_OF("analogue of {0}", "对照：{0}"),
        /** The caption of the analogue lane. */
        LANE_ANALOGUES("Analogues", "对照模型"),
        /** The caption of the analogue lane when every model in it is from another lab. */
        LANE_OTHER_LABS("Other labs\u2019 analogues", "其他机构的对照模型"),
        LEGEND_LINEAGE("Lineage edge, by confidence:", "演化关系（线型表示可信度）："),
        LEGEND_OUTSIDE("outside this family", "本系列以外"),
        LEGEND_ANALOGUE_MODEL(
                "analogue: compared with the model its card names", "对照模型：与卡片上所注模型相对照"),
        /** A model on the main line that belongs to no series (neutral grey). */
        LEGEND_OTHER("in no series", "不属于任何系列"),
        LEGEND_HIGHLIGHT("this model", "当前模型"),
        LEGEND_HOLDS("holds the ability", "具备该能力"),
        LEGEND_CHANGES("Change at this step:", "此步的变化："),
        LEGEND_FAMILIES("Families:", "系列："),
        CONF_DOCUMENTED("documented", "有文档记载"),
        CONF_CONCLUSION("conclusion", "结论"),
        CONF_STRONG_HYPOTHESIS("strong hypothesis", "强假设"),
        CONF_HYPOTHESIS("hypothesis", "假设"),
        CONF_EDUCATED_GUESS("educated guess", "有依据的猜测"),
        CONF_OPEN_QUESTION("open question", "悬而未决"),
        CHANGE_STRENGTHENED("strengthened", "增强"),
        CHANGE_GAINED("gained", "获得"),
        CHANGE_WEAKENED("weakened", "减弱"),
        CHANGE_SACRIFICED("largely sacrificed", "大幅牺牲"),
        CHANGE_ABSENT("absent", "不具备"),
        /** The badge of an explicit {@code absent}: short, since it sits in a node. */
        BADGE_ABSENT("absent", "无"),
        /** {0} the state; said of a model that inherits it. */
        INHERITED("inherited: {0}", "继承：{0}"),
        ACCESS_API("API", "API"),
        ACCESS_OPEN_WEIGHTS("open weights", "开放权重"),
        ACCESS_PRODUCT("product", "产品"),
        ACCESS_CLOSED("closed", "未公开"),
        ACCESS_RETIRED("retired", "已下线");

        private final String en;
        private final String zh;

        Key(String en, String zh) {
            this.en = en;
            this.zh = zh;
        }
    }

    private final Map<Key, String> values;

    private TreeStrings(Map<Key, String> values) {
        this.values = values;
    }

    /** The built-in strings of {@code lang}: Chinese for {@code zh*}, English otherwise. */
    public static TreeStrings defaults(String lang) {
        Map<Key, String> m = new EnumMap<>(Key.class);
        boolean zh = lang.startsWith("zh");
        for (Key k : Key.values()) {
            m.put(k, zh ? k.zh : k.en);
        }
        return new TreeStrings(m);
    }

    /** A copy with {@code key} set to {@code value}. */
    public TreeStrings with(Key key, String value) {
        Map<Key, String> m = new EnumMap<>(values);
        m.put(key, Objects.requireNonNull(value, "value"));
        return new TreeStrings(m);
    }

    public String get(Key key) {
        return values.get(key);
    }

    /** The string of {@code key} with {@code {i}} replaced by {@code args[i]}. */
    public String format(Key key, Object... args) {
        String s = values.get(key);
        for (int i = 0; i < args.length; i++) {
            s = s.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return s;
    }
}
