package org.lineage.testutil;

/** Small content trees shared by the build tests. */
public final class SiteFixtures {
    private SiteFixtures() {}

    /**
     * A tiny bilingual site that uses every page template: a family, three models (one renamed, one
     * with an English body only), two capabilities, a method, two claims with evidence and an
     * erratum, two sources, two glossary terms (one untranslated), and two free pages.
     */
    public static final String SMALL =
            """
            --- site.yaml
            title: {en: "Tiny lineage", zh: "小谱系"}
            description: {en: "A tiny knowledge base for tests.", zh: "用于测试的小知识库。"}
            base_url: https://example.org/kb/
            languages: [en, zh]
            license: CC-BY-4.0
            repository: https://github.com/example/kb
            editors: ["Test Editor"]
            version: "2026.1"
            released: 2026-11-26
            --- families/alpha.yaml
            name: {en: "Alpha series", zh: "阿尔法系列"}
            summary: {en: "Models of the alpha line.", zh: "阿尔法一脉的模型。"}
            --- families/alpha.en.md
            The alpha series starts with [the base model](model:alpha-base).
            --- families/alpha.zh.md
            阿尔法系列始于[基础模型](model:alpha-base)。
            --- models/alpha-base.yaml
            name: alpha-base
            family: alpha
            organization: Example Lab
            released: 2020-06
            parameters: 175B
            context_window: 2048
            access: retired
            summary: {en: "The base model of the alpha line.", zh: "阿尔法一脉的基础模型。"}
            capabilities:
              - capability: recall
                change: "+"
            sources: [paper-a]
            --- models/alpha-base.en.md
            ## Training

            Trained on text only [@paper-a].
            --- models/alpha-tuned.yaml
            name: alpha-tuned
            aliases: ["Alpha Chat"]
            family: alpha
            organization: {en: "Example Lab", zh: "示例实验室"}
            released: 2022-04/2022-07
            access: api
            api_name: alpha-tuned-1
            summary: {en: "Alpha tuned on instructions.", zh: "经过指令微调的阿尔法模型。"}
            moved_from: [alpha-chat]
            parents:
              - model: alpha-base
                method: tuning
                confidence: hypothesis
                claim: tuning-helps
                note: {en: "Inferred from behaviour.", zh: "根据行为推断。"}
            capabilities:
              - capability: reasoning
                change: "++"
                claim: tuning-helps
              - capability: recall
                change: "-"
            analogues: [open-alpha]
            sources: [paper-b]
            --- models/alpha-tuned.en.md
            ## Abilities

            It reasons better than [its parent](model:alpha-base) [@paper-b; @paper-a], see
            [the claim](claim:tuning-helps) and [the term](term:tuning).

            | Benchmark | Score |
            |---|---|
            | X | 1 |
            --- models/alpha-tuned.zh.md
            ## 能力

            它比[父模型](model:alpha-base)更会推理 [@paper-b; @paper-a]，见[论断](claim:tuning-helps)与[术语](term:tuning)。
            --- models/open-alpha.yaml
            name: OpenAlpha
            organization: Open Group
            released: 2023
            parameters: unknown
            access: open-weights
            summary: {en: "An open model close to alpha-tuned.", zh: "与 alpha-tuned 相近的开放模型。"}
            --- capabilities/recall.yaml
            name: {en: "Recall", zh: "记忆"}
            summary: {en: "Remembering facts.", zh: "记住事实。"}
            --- capabilities/reasoning.yaml
            name: {en: "Reasoning", zh: "推理"}
            summary: {en: "Working through problems step by step.", zh: "逐步解决问题。"}
            sources: [paper-b]
            --- methods/tuning.yaml
            name: {en: "Tuning", zh: "微调"}
            summary: {en: "Training further on instructions.", zh: "在指令上继续训练。"}
            --- claims/tuning-helps.yaml
            statement: {en: "Tuning improves reasoning.", zh: "微调提升推理能力。"}
            status: hypothesis
            about:
              models: [alpha-tuned]
              capabilities: [reasoning]
              methods: [tuning]
            evidence:
              - stance: supports
                source: paper-b
                note: {en: "Scores rise after tuning.", zh: "微调后分数上升。"}
              - stance: contradicts
                note: {en: "One benchmark drops.", zh: "有一项基准下降。"}
              - stance: context
                source: paper-a
                note: {en: "The base model was trained on text.", zh: "基础模型只用文本训练。"}
            corrections:
              - date: 2022-12-12
                before: {en: "Tuning creates reasoning."}
                after: {en: "Tuning improves reasoning.", zh: "微调提升推理能力。"}
                credit: "A Reviewer"
            --- claims/recall-origin.yaml
            statement: {en: "Where recall comes from is unknown.", zh: "记忆能力从何而来尚不清楚。"}
            status: open-question
            about:
              capabilities: [recall]
              families: [alpha]
            evidence:
              - stance: context
                source: paper-a
                note: {en: "No study yet.", zh: "尚无研究。"}
            --- sources/paper-a.yaml
            type: paper
            title: "Alpha: A Base Model"
            authors: ["Ann Author", "Bo Writer", "Cy Third", "Di Fourth"]
            year: 2020
            month: 5
            venue: arXiv
            arxiv: "2005.00001"
            --- sources/paper-b.yaml
            type: article
            title: "Tuning Alpha"
            authors: ["Ed Solo"]
            year: 2022
            doi: "10.1000/xyz"
            url: https://example.com/tuning-alpha
            --- glossary/tuning.yaml
            term: {en: "Tuning", zh: "微调"}
            definition: {en: "Further training of a trained model.", zh: "对已训练模型的继续训练。"}
            see_also: {methods: [tuning]}
            --- glossary/recall.yaml
            term: {en: "Recall"}
            definition: {en: "Remembering facts from training."}
            --- pages/confidence.en.md
            ---
            title: How sure we are
            ---
            Six levels, from `documented` to `open-question`.
            --- pages/confidence.zh.md
            ---
            title: 可信程度
            ---
            六个等级。
            --- pages/about.en.md
            ---
            title: About
            ---
            About this site; see [the family](family:alpha) and [confidence](page:confidence).
            """;

    /**
     * A root with twelve children a month apart (one strengthens an ability the root gave), one
     * grandchild that all but loses it, an unrelated model, and a claim about three models: many
     * comparisons, some without a common ancestor.
     */
    public static final String SIBLINGS = siblings();

    /**
     * How many capabilities the grandchild of {@link #SIBLINGS} gains beyond the others': more than
     * a comparison shows with their steps.
     */
    public static final int SKILLS = 32;

    /** The grandchild's gains, as YAML list entries under its capabilities. */
    private static String skills() {
        StringBuilder s = new StringBuilder();
        for (int i = 1; i <= SKILLS; i++) {
            s.append(String.format("  - {capability: s%02d, change: \"+\"}\n", i));
        }
        return s.toString();
    }

    /**
     * A root with twelve children a month apart, one grandchild that gains {@link #SKILLS}
     * capabilities, an unrelated model, and a claim about three models.
     */
    private static String siblings() {
        StringBuilder s =
                new StringBuilder(
                        """
                        --- site.yaml
                        title: {en: "T", zh: "T"}
                        base_url: https://example.org/
                        languages: [en, zh]
                        license: CC-BY-4.0
                        editors: ["E"]
                        --- methods/tune.yaml
                        name: {en: "Tune", zh: "微调"}
                        summary: {en: "T.", zh: "T。"}
                        --- capabilities/talk.yaml
                        name: {en: "Talk", zh: "说"}
                        summary: {en: "T.", zh: "T。"}
                        --- models/root.yaml
                        name: root
                        organization: Lab
                        released: 2019
                        parameters: 175B
                        context_window: 2048
                        access: api
                        summary: {en: "R.", zh: "R。"}
                        capabilities:
                          - {capability: talk, change: "+"}
                        --- models/lone.yaml
                        name: lone
                        organization: Other
                        released: 2021-05
                        summary: {en: "L.", zh: "L。"}
                        --- models/grand.yaml
                        name: grand
                        organization: Lab
                        released: 2021-02
                        parameters: 6.7B
                        access: open-weights
                        summary: {en: "G.", zh: "G。"}
                        parents:
                          - {model: c03, method: tune, confidence: hypothesis}
                        capabilities:
                          - {capability: talk, change: "--"}
                        %s--- claims/three.yaml
                        statement: {en: "Three.", zh: "三。"}
                        status: hypothesis
                        about:
                          models: [lone, c01, grand]
                        evidence:
                          - {stance: context, note: {en: "N.", zh: "N。"}}
                        """
                                .formatted(skills()));
        for (int i = 1; i <= SKILLS; i++) {
            String id = String.format("s%02d", i);
            s.append("--- capabilities/").append(id).append(".yaml\n");
            s.append("name: {en: \"Skill ").append(i).append("\", zh: \"技能 ").append(i);
            s.append("\"}\nsummary: {en: \"S.\", zh: \"S。\"}\n");
        }
        for (int i = 1; i <= 12; i++) {
            String id = String.format("c%02d", i);
            s.append("--- models/").append(id).append(".yaml\n");
            s.append("name: ").append(id).append("\norganization: Lab\n");
            s.append("released: 2020-").append(String.format("%02d", i)).append('\n');
            s.append("summary: {en: \"C.\", zh: \"C。\"}\n");
            s.append("parents:\n  - {model: root, method: tune, confidence: documented}\n");
            if (i == 2) {
                s.append("capabilities:\n  - {capability: talk, change: \"++\"}\n");
            }
        }
        return s.toString();
    }
}
