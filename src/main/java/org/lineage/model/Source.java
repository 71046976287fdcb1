package org.lineage.model;

import java.util.List;
import java.util.Optional;
import org.lineage.diag.SourcePos;

/**
 * One bibliographic source: a paper, post, documentation page, piece of software or dataset.
 *
 * @param authorsTruncated true when {@code authors} names only the first of a longer list, so that
 *     every citation adds "and others" or "et al." instead of presenting the list as complete
 */
public record Source(
        String id,
        SourcePos pos,
        SourceType type,
        String title,
        List<String> authors,
        boolean authorsTruncated,
        int year,
        Optional<Integer> month,
        Optional<String> venue,
        Optional<String> arxiv,
        Optional<String> doi,
        Optional<String> url,
        List<Ref> movedFrom)
        implements Entity {
    public Source {
        authors = List.copyOf(authors);
        movedFrom = List.copyOf(movedFrom);
    }

    @Override
    public Kind kind() {
        return Kind.SOURCE;
    }

    @Override
    public String title(String lang, String fallback) {
        return title;
    }

    /** The best link to the source: its URL, else its arXiv page, else its DOI. */
    public Optional<String> link() {
        if (url.isPresent()) {
            return url;
        }
        if (arxiv.isPresent()) {
            return Optional.of("https://arxiv.org/abs/" + arxiv.get());
        }
        return doi.map(d -> "https://doi.org/" + d);
    }

    @Override
    public List<TypedRef> references() {
        return List.of();
    }
}
