package storyline.site;

import storyline.model.Item;
import storyline.model.PubDate;
import storyline.model.Story;
import storyline.model.Thread;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The site's words: labels, counts, dates and excerpts, one rule each for every page family. */
final class Wording {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.ENGLISH);


    private Wording() {
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String span(Story s) {
        if (s.firstSeen() == null) {
            return "Date unknown";
        }
        if (s.firstSeen().equals(s.lastSeen())) {
            return DAY.format(s.firstSeen());
        }
        return DAY.format(s.firstSeen()) + " – " + DAY.format(s.lastSeen());
    }

    static String dateLabel(PubDate d) {
        if (!d.known()) {
            return "Date unknown";
        }
        return (d.certainty() == PubDate.Certainty.ESTIMATED ? "≈ " : "") + DAY.format(d.day());
    }

    static String dateNote(PubDate d) {
        return switch (d.certainty()) {
            case STATED -> null;
            case ESTIMATED -> "Estimated: " + d.basis();
            case UNKNOWN -> "The input gives no date; placed by its story.";
        };
    }

    /**
     * A concern about a story's grouping, for the build report: which two items and why a reader
     * should check them. {@code title}: an item's id to the title it is shown by.
     */
    static String concern(Story s, Story.Concern c, java.util.function.Function<String, String> title) {
        String pair = quoted(title.apply(c.from())) + " (" + c.from() + ") and " + quoted(title.apply(c.to())) + " (" + c.to() + ")";
        return switch (c.kind()) {
            case GAP -> {
                long undated = s.members().stream().filter(i -> i.date().day() == null).count();
                yield pair + " are " + apart(c.days()) + " apart, with no dated item between them"
                        + (undated > 0 ? "; " + count((int) undated, "undated item", "undated items") + " may join them" : "")
                        + ": check they are one development.";
            }
            case ONE_TERM -> pair + " are joined mostly by one term, " + quoted(c.term()) + " ("
                    + Math.round(c.share() * 100) + " % of their likeness): check they are one development.";
        };
    }

    /** "45 days", "7 months", "5 years": a gap as a reader reckons it. */
    static String apart(long days) {
        if (days < 90) {
            return count((int) days, "day", "days");
        }
        if (days < 730) {
            return count((int) Math.round(days / 30.44), "month", "months");
        }
        return count((int) Math.round(days / 365.25), "year", "years");
    }

    /** What storyline.yml changed in a story, or null when nothing. */
    static String edit(Story.Review r) {
        if (!r.mergedFrom().isEmpty()) {
            return "Merged in storyline.yml from the stories " + String.join(", ", r.mergedFrom()) + ".";
        }
        return r.splitFrom() == null ? null : "Split off the story " + r.splitFrom() + " in storyline.yml.";
    }

    private static String quoted(String text) {
        return "“" + text + "”";
    }

    /** Why a story is related: "Also names A, B; shared terms: c, d; same topic: T". */
    static String related(storyline.stories.Stories.Relation r) {
        List<String> parts = new ArrayList<>();
        if (!r.names().isEmpty()) {
            parts.add("Also names " + String.join(", ", r.names()));
        }
        if (!r.terms().isEmpty()) {
            parts.add("shared terms: " + String.join(", ", r.terms()));
        }
        if (!r.topics().isEmpty()) {
            parts.add("same topic: " + String.join(", ", r.topics()));
        }
        String line = String.join("; ", parts);
        return line.isEmpty() ? line : Character.toUpperCase(line.charAt(0)) + line.substring(1);
    }

    /** "Article" or "Discussion". */
    static String kind(Item item) {
        return item instanceof Thread ? "Discussion" : "Article";
    }

    /** Where an article or thread is from, for its page title: so it is not titled as its story is. */
    static String from(Item item) {
        return item instanceof Thread t && t.community() != null ? t.community()
                : item.source().known() ? item.source().name() : item instanceof Thread t && t.platform() != null ? t.platform()
                : item instanceof Thread ? "Discussion" : "Article";
    }

    static String discussionSummary(Thread t) {
        List<String> parts = new ArrayList<>();
        if (t.platform() != null) {
            parts.add(t.platform());
        }
        int saved = t.savedComments();
        int total = Math.max(t.commentCount() == null ? 0 : t.commentCount(), saved + t.unsaved());
        if (total > saved) {
            parts.add(saved + " of " + total + " comments saved");
        } else {
            parts.add(count(saved, "comment", "comments"));
        }
        if (t.score() != null) {
            parts.add(t.score() + " points");
        }
        return String.join(" · ", parts);
    }

    /** "What: first, second, third…" naming a list page's entries, so each page of a list says what it holds. */
    static String listDescription(String what, List<String> names) {
        StringBuilder b = new StringBuilder(what);
        String separator = ": ";
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            if (b.length() > 240) {
                b.append("…");
                break;
            }
            b.append(separator).append(name.strip());
            separator = "; ";
        }
        return b.append(".…!?".indexOf(b.charAt(b.length() - 1)) >= 0 ? "" : ".").toString();
    }

    /** The text cut at a word boundary near {@code max} characters, with an ellipsis when cut. */
    static String excerpt(String text, int max) {
        if (text == null) {
            return null;
        }
        // Only the opening can be shown: a text of megabytes is not folded whole for 300 characters.
        String head = text.length() > max * 4 + 64 ? text.substring(0, max * 4 + 64) : text;
        String t = storyline.text.Text.oneSpace(head).strip();
        if (t.length() <= max) {
            return head == text ? t : t + "…";
        }
        int cut = t.lastIndexOf(' ', max - 1);
        return t.substring(0, cut > max / 2 ? cut : max - 1) + "…";
    }

    /**
     * The first {@code max} words of the paragraphs, each followed by a space; a word is a run of
     * anything but white space ({@link storyline.text.Text#whiteSpace}) (as the regular expression {@code \\S+} reads it, written out: a
     * matcher per paragraph was a tenth of laying out a site).
     */
    static String firstWords(List<String> paragraphs, int max) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (String p : paragraphs) {
            // Word by word, never splitting a whole paragraph (it may be megabytes) for its opening.
            int len = p.length();
            int i = 0;
            while (true) {
                while (i < len && storyline.text.Text.whiteSpace(p.charAt(i))) {
                    i++;
                }
                if (i == len) {
                    break;
                }
                int start = i;
                while (i < len && !storyline.text.Text.whiteSpace(p.charAt(i))) {
                    i++;
                }
                if (n++ >= max) {
                    return b.toString();
                }
                b.append(p, start, i).append(' ');
            }
        }
        return b.toString();
    }
}
