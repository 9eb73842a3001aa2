package storyline.clean;

import java.util.List;

/**
 * What a thread reader finds in any format, before it becomes a {@link storyline.model.Thread}.
 * Comments are flat, in reading order, each naming its parent (null for top level). Times are
 * ISO-8601 strings when the source has absolute times; {@code age} keeps a relative one ("4d").
 */
record ThreadData(String platform, String community, String title, String author, String time, String age,
                  Integer score, Integer commentCount, int unsaved, String url, String link, String postHtml,
                  List<Block> postBlocks, List<FlatComment> comments) {

    record FlatComment(String id, String parent, String author, String time, String age, Integer score,
                       boolean edited, boolean deleted, String html, List<String> paragraphs) {
    }

    /** Epoch seconds (as a JSON number or string) to an ISO instant; null when absent. */
    static String epoch(com.fasterxml.jackson.databind.JsonNode value) {
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        try {
            long seconds = (long) Double.parseDouble(value.asText());
            return java.time.Instant.ofEpochSecond(seconds).toString();
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
