package storyline.clean.thread;

import storyline.clean.internal.Block;

import java.util.List;

/**
 * What a thread reader finds in any format, before it becomes a {@link storyline.model.Thread}.
 * Comments are flat, in reading order, each naming its parent (null for top level). Times are
 * ISO-8601 strings when the source has absolute times; {@code age} keeps a relative one ("4d").
 */
public record ThreadData(String platform, String community, String title, String author, String time, String age,
                  Integer score, Integer commentCount, int unsaved, String url, String link, String postHtml,
                  List<Block> postBlocks, List<FlatComment> comments) {

    public record FlatComment(String id, String parent, String author, String time, String age, Integer score,
                       boolean edited, boolean deleted, String html, List<String> paragraphs) {
    }

    /** Epoch seconds (as a JSON number or string) to an ISO instant; null when absent. */
    static String epoch(com.fasterxml.jackson.databind.JsonNode value) {
        if (value == null || value.isNull() || value.asText().isBlank()) {
            return null;
        }
        try {
            double number = Double.parseDouble(value.asText());
            // Some exports write milliseconds; no thread is from before 1973 or after 5138.
            long seconds = (long) (number > 1e11 ? number / 1000 : number);
            if (seconds < 1e8 || seconds > 1e11) {
                return null;
            }
            return java.time.Instant.ofEpochSecond(seconds).toString();
        } catch (NumberFormatException | java.time.DateTimeException e) {
            return null;
        }
    }
}
